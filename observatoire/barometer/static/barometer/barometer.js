/* The barometer, enhanced: one group of situations at a time (no history entry), and the result
   computed in the browser by scoring.js, so that answers never leave the device. Without this
   file, the form posts and the server renders the same result. Only if the person chooses to
   count her result are the answers sent, with the count: the server computes the zone again
   from them (the engine is the only source of a counted zone), counts it once and forgets them.
   The words it shows, and how it writes numbers, come from the template (data-* attributes),
   not from here. */
(function () {
  "use strict";

  function start() {
    var form = document.querySelector("[data-baro-form]");
    if (!form || !window.ovffBarometer) { return; }
    var spec = JSON.parse(document.getElementById("baro-spec").textContent);
    var groups = Array.prototype.slice.call(form.querySelectorAll("[data-group]"));
    var progress = form.querySelector("[data-progress]");
    var previous = form.querySelector("[data-previous]");
    var next = form.querySelector("[data-next]");
    var submit = form.querySelector("[data-submit]");
    var current = 0;

    // A text given by the template: data-<name> on `element`, with {placeholders} filled.
    function text(element, name, values) {
      var template = element.getAttribute("data-" + name) || "";
      return template.replace(/\{(\w+)\}/g, function (placeholder, key) {
        return Object.prototype.hasOwnProperty.call(values, key)
          ? String(values[key])
          : placeholder;
      });
    }

    // A number computed here, written as the server writes it (core/formatting.py): with the
    // decimal separator of data-decimal-separator around `element`, else as it is.
    function number(element, value) {
      var holder = element.closest("[data-decimal-separator]");
      var separator = holder && holder.getAttribute("data-decimal-separator");
      return separator ? String(value).replace(".", separator) : String(value);
    }

    function show(index, moveFocus) {
      current = index;
      groups.forEach(function (group, i) { group.hidden = i !== index; });
      previous.hidden = index === 0;
      next.hidden = index === groups.length - 1;
      submit.hidden = index !== groups.length - 1;
      progress.hidden = false;
      progress.textContent = text(progress, "progress-text", {
        step: index + 1,
        total: groups.length
      });
      if (moveFocus) { groups[index].querySelector("h2").focus(); }
    }

    previous.addEventListener("click", function () { show(current - 1, true); });
    next.addEventListener("click", function () { show(current + 1, true); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var answers = {};
      new FormData(form).forEach(function (value, name) {
        if (name.indexOf("s-") === 0) { answers[name.slice(2)] = value; }
      });
      var result = window.ovffBarometer.score(spec, answers);
      var block = document.querySelector('[data-result="' + (result.zone || "neutre") + '"]');
      if (result.zone) {
        block.querySelector("[data-cursor]").setAttribute(
          "transform", "translate(" + result.cursor + " 0)");
        var cursorText = block.querySelector("[data-cursor-text]");
        cursorText.textContent = number(cursorText, result.cursor);
      }
      form.hidden = true;
      block.hidden = false;
      block.querySelector("h2").focus();
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-count-form]"), function (count) {
      count.addEventListener("submit", function () {
        Array.prototype.forEach.call(count.querySelectorAll("[data-answer]"), function (input) {
          input.remove();
        });
        new FormData(form).forEach(function (value, name) {
          if (name.indexOf("s-") !== 0) { return; }
          var input = document.createElement("input");
          input.type = "hidden";
          input.name = name;
          input.value = value;
          input.setAttribute("data-answer", "");
          count.appendChild(input);
        });
      });
    });
    show(0, false);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
