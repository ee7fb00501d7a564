import json
import re

import pytest
from django.core.exceptions import ImproperlyConfigured

from observatoire.core.admin_scripts import call_as_data, init_data, without_inline_script


def data_of(html: str) -> dict:
    match = re.fullmatch(
        r'<script type="application/json" data-admin-init>(.*)</script>', html, re.DOTALL
    )
    return json.loads(match.group(1))


def test_wagtails_calls_become_data():
    assert data_of(call_as_data('new PageChooser("id_theme", {"modalUrl": "/gestion/"});')) == {
        "call": "PageChooser",
        "args": ["id_theme", {"modalUrl": "/gestion/"}],
    }
    assert data_of(call_as_data('createTaskChooser("id_task");')) == {
        "call": "createTaskChooser",
        "args": ["id_task"],
    }


@pytest.mark.parametrize(
    "javascript",
    ['alert(1); new PageChooser("x", {});', "new PageChooser(id, {});", "window.x = 1;", ""],
)
def test_anything_but_one_call_with_json_arguments_is_refused(javascript):
    with pytest.raises(ImproperlyConfigured):
        call_as_data(javascript)


def test_the_data_can_never_close_its_element():
    html = init_data("initDateChooser", "id", {"label": "</script><script>alert(1)</script>"})
    assert html.count("</script>") == 1 and "<script>alert" not in html
    assert data_of(html)["args"][1]["label"] == "</script><script>alert(1)</script>"


def test_only_the_trailing_start_up_script_of_a_widget_is_rewritten():
    html = '<input type="hidden" id="id_x"><script>new SnippetChooser("id_x", {});</script>'
    rewritten = without_inline_script(html)
    assert rewritten.startswith('<input type="hidden" id="id_x">')
    assert data_of(rewritten[len('<input type="hidden" id="id_x">') :])["call"] == "SnippetChooser"
    assert without_inline_script("<input>") == "<input>"
