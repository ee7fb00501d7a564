// What wagtail-localize's templates set with inline scripts, which the back-office policy
// refuses: the chooser addresses of the translation editor (JSON data in the page), and the
// « select all » box of the « Traduire » form.
(function () {
  "use strict";
  var urls = document.getElementById("localize-chooser-urls");
  if (urls && typeof window.chooserUrls === "undefined") {
    window.chooserUrls = JSON.parse(urls.textContent);
  }
  document.addEventListener("DOMContentLoaded", function () {
    var selectAll = document.querySelector('[name="select_all"]');
    if (!selectAll) {
      return;
    }
    selectAll.addEventListener("change", function () {
      document.querySelectorAll('[name="locales"]').forEach(function (box) {
        box.checked = selectAll.checked;
      });
    });
  });
})();
