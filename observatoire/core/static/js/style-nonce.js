// The back-office's <style> elements created by script (Draftail's rules that follow the
// cursor, the accessibility checker's) carry this response's nonce, which its policy allows
// (core/csp.py, BACK_OFFICE_ADDITIONS). A <style> written in the HTML has none: refused.
(() => {
  "use strict";
  const nonce = document.currentScript && document.currentScript.dataset.styleNonce;
  if (!nonce) return;
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function createElement(name, options) {
    const element = create.call(this, name, options);
    if (String(name).toLowerCase() === "style") element.nonce = nonce;
    return element;
  };
})();
