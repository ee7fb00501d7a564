"""What both barometers share: French typography, the answer scale, the zone bands."""

import re


def fr(text: str) -> str:
    """Typographic apostrophes and no-break spaces before : ; ! ? and inside « »."""
    text = text.replace("'", "\u2019")
    text = re.sub(r" ([:;!?»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0")


SCALE = [
    {"key": "jamais", "label": "Jamais", "value": 0},
    {"key": "parfois", "label": "Parfois", "value": 0.5},
    {"key": "souvent", "label": "Souvent", "value": 1},
    {"key": "nsp", "label": "Je préfère ne pas répondre", "value": None},
]

BANDS = {"vert": (0, 33), "orange": (33, 66), "rouge": (66, 100)}


def item(
    key,
    theme,
    zone,
    wordings: dict[str, str],
    *,
    easy: dict[str, str] | None = None,
    weight=1,
    protective=False,
    trigger=0.5,
):
    """A situation; `easy`: its easy-to-read wordings (FALC, French) by path, where written."""
    easy = {path: fr(text) for path, text in (easy or {}).items()}
    return {
        "key": key,
        "theme": theme,
        "zone": zone,
        "weight": weight,
        "protective": protective,
        "trigger": trigger,
        "wordings": [
            {"path": path, "text": fr(text)} | ({"easy_text": easy[path]} if path in easy else {})
            for path, text in wordings.items()
        ],
    }


def zone(key, heading, message, next_steps, helplines, services=()):
    """`services`: (structure, service) names of directory entries to offer, when present."""
    low, high = BANDS[key]
    return {
        "key": key,
        "low": low,
        "high": high,
        "heading": fr(heading),
        "message": fr(message),
        "next_steps": [fr(step) for step in next_steps],
        "helplines": helplines,
        "services": list(services),
    }
