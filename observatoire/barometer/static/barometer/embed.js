/* For partners' pages (optional): sizes the observatory's barometer frames to their content.
   Listens only to messages from the observatory's origin, and reads only a height. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var origin = new URL(script.src).origin;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "ovff-barometre-hauteur") { return; }
    var frames = document.querySelectorAll("iframe[data-ovff-barometre]");
    Array.prototype.forEach.call(frames, function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.ceil(Number(data.height) || 0) + "px";
      }
    });
  });
})();
