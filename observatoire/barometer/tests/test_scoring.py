import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observatoire.barometer.scoring import score

VECTORS = json.loads((Path(__file__).parents[1] / "data" / "vectors.json").read_text())
SPEC = VECTORS["spec"]


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda case: case["name"])
def test_shared_vectors(case):
    result = score(SPEC, case["answers"])
    assert (result.zone, result.cursor) == (case["zone"], case["cursor"])


answer_sets = st.dictionaries(
    st.sampled_from([item["key"] for item in SPEC["items"]]),
    st.sampled_from([answer["key"] for answer in SPEC["scale"]]),
)


@given(answer_sets)
def test_picture_and_message_always_agree(answers):
    result = score(SPEC, answers)
    if result.zone is None:
        assert result.cursor is None
        return
    band = next(zone for zone in SPEC["zones"] if zone["key"] == result.zone)
    assert band["low"] <= result.cursor <= band["high"]


@given(answer_sets, st.sampled_from(["parfois", "souvent"]))
def test_a_red_situation_lived_even_sometimes_gives_red(answers, answer):
    answers = {**answers, "c": answer}
    if score(SPEC, answers).zone is not None:
        assert score(SPEC, answers).zone == "rouge"
