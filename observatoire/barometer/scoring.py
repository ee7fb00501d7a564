"""The barometer's scoring: one pure function, twinned in static/barometer/scoring.js.

A questionnaire version is given as a plain `spec` dict (see `Version.spec()`):

- `scale`: answers, each `{"key", "value"}` with `value` in [0, 1], or `None` for
  « je préfère ne pas répondre » (such an answer counts as not given); no text (any `label` is
  ignored), so that every translated edition of a version has the same spec;
- `items`: situations, each `{"key", "zone", "weight", "protective", "trigger"}`; a protective
  item (something good in the relationship) is reversed; `trigger` is the lowest (reversed)
  value at which the situation sets the zone floor;
- `zones`: ordered from the least to the most serious, each `{"key", "low", "high"}`, bands of
  the 0-100 cursor that follow one another;
- `min_answers`: below it, the result is neutral (every resource shown, no cursor).

The cursor is the weighted mean of the (reversed where protective) answers, times 100. The floor
is the most serious zone among items answered at or above their trigger. The final zone is the
more serious of the cursor's band and the floor, and the cursor is clamped into that zone's band
so that the picture and the message agree. Rounded to one decimal, like the JavaScript twin.
"""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    zone: str | None  # None: too few answers, neutral result
    cursor: float | None
    answered: int


def _round(value: float) -> float:
    # floor(x * 10 + 0.5) / 10 in both twins (values are never negative): they must agree.
    return math.floor(value * 10 + 0.5) / 10


def score(spec: dict, answers: dict[str, str]) -> Result:
    values = {answer["key"]: answer["value"] for answer in spec["scale"]}
    zones = spec["zones"]
    rank = {zone["key"]: index for index, zone in enumerate(zones)}
    total = weights = 0.0
    floor = -1
    answered = 0
    for item in spec["items"]:
        value = values.get(answers.get(item["key"], ""))
        if value is None:
            continue
        if item["protective"]:
            value = 1 - value
        answered += 1
        total += item["weight"] * value
        weights += item["weight"]
        if value > 0 and value >= item["trigger"]:
            floor = max(floor, rank[item["zone"]])
    if answered < spec["min_answers"] or weights == 0:
        return Result(zone=None, cursor=None, answered=answered)
    cursor = 100 * total / weights
    band = next(
        (index for index, zone in enumerate(zones) if cursor < zone["high"]), len(zones) - 1
    )
    final = zones[max(band, floor)]
    cursor = min(max(cursor, final["low"]), final["high"])
    return Result(zone=final["key"], cursor=_round(cursor), answered=answered)
