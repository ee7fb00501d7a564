"""Answer sets whose zone the hand-worked vectors and the engine agree on, shared by tests."""

RED = {k: "souvent" for k in ("coups", "peur", "argent", "telephone", "soutien", "colere")}
ORANGE = {k: "jamais" for k in ("coups", "peur", "soutien", "colere", "ventre", "menaces")} | {
    "telephone": "parfois",
    "argent": "souvent",
}
GREEN = {k: "jamais" for k in ("coups", "peur", "argent", "telephone", "colere", "isolement")}
NEUTRAL = {"coups": "nsp", "peur": "jamais"}
