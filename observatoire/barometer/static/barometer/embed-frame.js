/* Inside the frame on a partner's site: tell the page our height, nothing else, so that the
   optional embed.js there can size the frame. */
(function () {
  "use strict";
  if (window.parent === window) { return; }
  function send() {
    window.parent.postMessage(
      { type: "ovff-barometre-hauteur", height: document.documentElement.scrollHeight }, "*");
  }
  window.addEventListener("load", send);
  if (window.ResizeObserver) {
    document.addEventListener("DOMContentLoaded", function () {
      new ResizeObserver(send).observe(document.body);
    });
  }
})();
