/* The barometer's scoring, twin of observatoire/barometer/scoring.py (same steps, same order,
   same rounding): both are checked against data/vectors.json. */
(function (root) {
  "use strict";

  function round1(value) {
    return Math.floor(value * 10 + 0.5) / 10;
  }

  function score(spec, answers) {
    var values = {};
    spec.scale.forEach(function (answer) { values[answer.key] = answer.value; });
    var zones = spec.zones;
    var rank = {};
    zones.forEach(function (zone, index) { rank[zone.key] = index; });
    var total = 0, weights = 0, floor = -1, answered = 0;
    spec.items.forEach(function (item) {
      var value = values[answers[item.key] || ""];
      if (value === undefined || value === null) { return; }
      if (item.protective) { value = 1 - value; }
      answered += 1;
      total += item.weight * value;
      weights += item.weight;
      if (value > 0 && value >= item.trigger) { floor = Math.max(floor, rank[item.zone]); }
    });
    if (answered < spec.min_answers || weights === 0) {
      return { zone: null, cursor: null, answered: answered };
    }
    var cursor = 100 * total / weights;
    var band = zones.length - 1;
    for (var i = 0; i < zones.length; i += 1) {
      if (cursor < zones[i].high) { band = i; break; }
    }
    var final = zones[Math.max(band, floor)];
    cursor = Math.min(Math.max(cursor, final.low), final.high);
    return { zone: final.key, cursor: round1(cursor), answered: answered };
  }

  root.ovffBarometer = { score: score };
})(window);
