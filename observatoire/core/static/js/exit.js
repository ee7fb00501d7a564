/*
 * Quick exit and trace reduction, loaded on every public page.
 *
 * - Any element with [data-exit] is a real link to a neutral site: without JavaScript it
 *   simply navigates there. With JavaScript, activation hides the page at once, then leaves
 *   with location.replace() so that this page is not left in the back stack.
 * - Pressing Shift three times (each press less than 5 s after the previous one, no other key
 *   in between or held with it) does the same. Escape is deliberately not used. After a first
 *   press, [data-exit-count] (pips under the exit button and a short text) shows the count and
 *   [data-exit-status] (a live region) tells what is left; both reset with the count.
 * - Every page covers itself on pagehide (the exit overlay, then <html hidden>), so that a copy
 *   kept in the back-forward cache is stored covered; restored (pageshow with persisted), it
 *   leaves again at once and is never uncovered: a restored page renders nothing of the site.
 *   (Chromium may still show, for one frame, the picture it kept from before a departure the
 *   page could not see coming, such as the address bar; no script can reach that picture.)
 * - The words shown or announced come from the template (data-* attributes), not from here.
 * - Links between pages of this site replace the current history entry, so that after an exit
 *   the Back button does not lead to any page of the site; so do forms marked
 *   [data-replace-history] (a POST is sent with fetch, then its result replaces the entry;
 *   with [data-show-answer], an answer that is not a redirect replaces the page in place).
 */
(function () {
  "use strict";

  var PRESSES_NEEDED = 3;
  var PRESS_WINDOW_MS = 5000;
  var root = document.documentElement;

  // A text given by the template: data-<name> on the live region, with {placeholders} filled.
  function text(name, values) {
    var region = document.querySelector("[data-exit-status]");
    var template = (region && region.getAttribute("data-" + name)) || "";
    return template.replace(/\{(\w+)\}/g, function (placeholder, key) {
      return values && Object.prototype.hasOwnProperty.call(values, key)
        ? String(values[key])
        : placeholder;
    });
  }

  function exitUrl() {
    var link = document.querySelector("a[data-exit]");
    return link ? link.href : "about:blank";
  }

  function hidePage() {
    if (root.classList.contains("is-exiting")) {
      return;
    }
    root.classList.add("is-exiting");
    var overlay = document.createElement("div");
    overlay.className = "exit-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = text("loading");
    (document.body || root).appendChild(overlay);
  }

  // Stronger than hidePage(): nothing of the document is rendered any more, even without the
  // stylesheet. Only for a page that nobody is looking at (it is being left, or must leave).
  function coverPage() {
    hidePage();
    root.hidden = true;
  }

  function leave() {
    hidePage();
    var url = exitUrl();
    if (window.top !== window.self) {
      // Embedded on a partner's site: the whole window leaves, partner page included.
      try {
        window.top.location.replace(url);
        return;
      } catch (error) {
        // A frame not allowed to navigate the window: at least this page goes.
      }
    }
    window.location.replace(url);
  }

  // --- Activation by click or by the skip link -------------------------------------------
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest && event.target.closest("a[data-exit]");
      if (!link) {
        return;
      }
      event.preventDefault();
      leave();
    },
    true
  );

  // --- Shift pressed three times ---------------------------------------------------------
  var presses = 0;
  var timer = null;
  var otherKeysDown = {};
  var shiftIsClean = false;

  function announce(message) {
    var region = document.querySelector("[data-exit-status]");
    if (region) {
      region.textContent = message;
    }
  }

  // The visual count: one pip filled per press, and its text (hidden when count is 0).
  function showCount(count) {
    var box = document.querySelector("[data-exit-count]");
    if (!box) {
      return;
    }
    var pips = box.querySelectorAll("[data-exit-pip]");
    for (var i = 0; i < pips.length; i += 1) {
      pips[i].classList.toggle("is-on", i < count);
    }
    var label = box.querySelector("[data-exit-count-text]");
    if (label) {
      label.textContent =
        count > 0 ? text("count", { count: count, total: PRESSES_NEEDED }) : "";
    }
    box.hidden = count === 0;
  }

  function resetPresses() {
    presses = 0;
    window.clearTimeout(timer);
    timer = null;
    showCount(0);
  }

  function anyOtherKeyDown() {
    for (var key in otherKeysDown) {
      if (Object.prototype.hasOwnProperty.call(otherKeysDown, key)) {
        return true;
      }
    }
    return false;
  }

  document.addEventListener(
    "keydown",
    function (event) {
      if (event.key === "Shift") {
        if (!event.repeat) {
          shiftIsClean = !anyOtherKeyDown() && !event.ctrlKey && !event.altKey && !event.metaKey;
        }
        return;
      }
      otherKeysDown[event.code || event.key] = true;
      shiftIsClean = false;
      if (presses > 0) {
        resetPresses();
        announce("");
      }
    },
    true
  );

  document.addEventListener(
    "keyup",
    function (event) {
      if (event.key !== "Shift") {
        delete otherKeysDown[event.code || event.key];
        return;
      }
      if (!shiftIsClean) {
        return;
      }
      shiftIsClean = false;
      presses += 1;
      window.clearTimeout(timer);
      if (presses >= PRESSES_NEEDED) {
        resetPresses();
        leave();
        return;
      }
      showCount(presses);
      announce(text("left-" + (PRESSES_NEEDED - presses)));
      timer = window.setTimeout(function () {
        resetPresses();
        announce(text("timeout"));
      }, PRESS_WINDOW_MS);
    },
    true
  );

  window.addEventListener("blur", function () {
    otherKeysDown = {};
    shiftIsClean = false;
  });

  // --- Back-forward cache ----------------------------------------------------------------
  // pagehide is the last moment the page can change before it is frozen: whatever it looks
  // like then is what it renders first if it is restored. The cover is never taken off: a
  // restored page only leaves.
  window.addEventListener("pagehide", coverPage);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      coverPage();
      leave();
    }
  });

  // --- One history entry per visit -------------------------------------------------------
  function isPlainActivation(event) {
    return (
      !event.defaultPrevented &&
      event.button === 0 &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.shiftKey &&
      !event.altKey
    );
  }

  document.addEventListener("click", function (event) {
    if (!isPlainActivation(event)) {
      return;
    }
    var link = event.target.closest && event.target.closest("a[href]");
    var target = link && link.getAttribute("target");
    if (!link || link.hasAttribute("download") || (target && target !== "_self")) {
      return;
    }
    // getAttribute: SVG links (the map) expose href as an object, not a string.
    var url = new URL(link.getAttribute("href"), window.location.href);
    if (url.origin !== window.location.origin) {
      return;
    }
    event.preventDefault();
    var samePage =
      url.pathname === window.location.pathname && url.search === window.location.search;
    if (samePage && url.hash) {
      // An in-page link (skip link, table of contents): move there without a new entry.
      window.history.replaceState(window.history.state, "", url.href);
      var target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      if (target) {
        if (!target.hasAttribute("tabindex")) {
          target.setAttribute("tabindex", "-1");
        }
        target.focus();
        target.scrollIntoView();
      }
      return;
    }
    window.location.replace(url.href);
  });

  // The answer to a POST that has no address of its own (the site search: its words must not
  // be in any URL) takes the place of the page, in the same history entry.
  function showAnswer(html) {
    var answer = new DOMParser().parseFromString(html, "text/html");
    document.title = answer.title;
    document.body.replaceWith(document.adoptNode(answer.body));
    var target = document.querySelector("[data-answer-focus]");
    if (target) {
      target.setAttribute("tabindex", "-1");
      target.focus();
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.hasAttribute("data-replace-history")) {
      return;
    }
    var action = new URL(form.action, window.location.href);
    if (action.origin !== window.location.origin) {
      return;
    }
    event.preventDefault();
    var data = new FormData(form);
    if (form.method.toLowerCase() === "get") {
      action.search = new URLSearchParams(data).toString();
      window.location.replace(action.href);
      return;
    }
    window
      .fetch(action.href, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) {
        if (response.redirected) {
          window.location.replace(response.url);
        } else if (response.ok && form.hasAttribute("data-show-answer")) {
          return response.text().then(showAnswer);
        } else {
          form.submit(); // an answer to show on its own page (an error, a choice): plain submit
        }
      })
      .catch(function () {
        form.submit();
      });
  });
})();
