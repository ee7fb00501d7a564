/* Back-office only: runs Wagtail's widget start-up calls, written by the server as inert
 * <script type="application/json" data-admin-init> elements (see core/admin_scripts.py), so
 * that the back-office policy allows no inline code. Only the calls listed here run. */
(() => {
  "use strict";

  // Wagtail's globals, and whether each is a constructor or a plain function.
  const CALLS = {
    Chooser: "new",
    PageChooser: "new",
    SnippetChooser: "new",
    ImageChooser: "new",
    DocumentChooser: "new",
    InlinePanel: "new",
    MultipleChooserPanel: "new",
    initDateChooser: "call",
    initTimeChooser: "call",
    initDateTimeChooser: "call",
    createTaskChooser: "call",
  };
  const SELECTOR = "script[type='application/json'][data-admin-init]";
  const done = new WeakSet();

  function start(element) {
    if (done.has(element) || !element.isConnected) return;
    done.add(element);
    let call, args;
    try {
      ({ call, args } = JSON.parse(element.textContent));
    } catch (error) {
      console.error("admin-init: unreadable data", error);
      return;
    }
    const kind = Object.prototype.hasOwnProperty.call(CALLS, call) ? CALLS[call] : null;
    const target = kind && window[call];
    if (typeof target !== "function" || !Array.isArray(args)) {
      console.error(`admin-init: « ${call} » is not an allowed start-up call`);
      return;
    }
    if (kind === "new") new target(...args);
    else target(...args);
  }

  function startWithin(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches(SELECTOR)) start(node);
    node.querySelectorAll(SELECTOR).forEach(start);
  }

  // Once the page is parsed, every script of it has run (the widgets' own files load at its
  // end), but before DOMContentLoaded, when Wagtail's controllers connect and move parts of
  // the widgets (a chooser's action menu) where the widgets would no longer find them: as
  // early as Wagtail's own inline calls ran. In document order; then whatever Wagtail
  // inserts later (child forms, dialogs, modals).
  let started = false;
  function startPage() {
    if (started) return;
    started = true;
    startWithin(document.documentElement);
    new MutationObserver((records) => {
      records.forEach((record) => record.addedNodes.forEach(startWithin));
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "loading") startPage();
    });
  } else {
    startPage();
  }
})();
