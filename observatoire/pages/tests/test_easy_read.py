"""The easy-to-read pages (« Facile à lire »): they load, every pictogram has its file and a
text alternative, and the demo's texts keep to the page type's rules."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError

from observatoire.demo import easy_read
from observatoire.pages.models import EasyReadPage
from observatoire.pages.models.easy_read import PICTOGRAMS, EasyReadStepBlock, pictogram_path

INDEX_PATH = "/facile-a-lire/"
CHILD_PATHS = [
    "/facile-a-lire/les-violences/",
    "/facile-a-lire/trouver-de-l-aide/",
    "/facile-a-lire/les-numeros/",
    "/facile-a-lire/quitter-le-site/",
    "/facile-a-lire/chercher-un-lieu/",
]
PICTO_SRC = re.compile(rf"^{re.escape(settings.STATIC_URL)}pages/pictos/([a-z-]+)\.svg$")


class _Elements(HTMLParser):
    """The <img>, <link> and <a> tags of a page, and whether it has style attributes."""

    def __init__(self):
        super().__init__()
        self.images: list[dict] = []
        self.stylesheets: list[str] = []
        self.links: list[str] = []
        self.inline_styles = 0
        self._in_step = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "style" in attributes or tag == "style":
            self.inline_styles += 1
        if tag == "li" and "easy-read-step" in (attributes.get("class") or "").split():
            self._in_step += 1
        if tag == "img":
            self.images.append({**attributes, "in_step": bool(self._in_step)})
        elif tag == "link" and attributes.get("rel") == "stylesheet":
            self.stylesheets.append(attributes["href"])
        elif tag == "a":
            self.links.append(attributes.get("href", ""))

    def handle_endtag(self, tag):
        if tag == "li" and self._in_step:
            self._in_step -= 1


def _page(client, path: str) -> _Elements:
    response = client.get(path)
    assert response.status_code == 200, path
    parser = _Elements()
    parser.feed(response.content.decode())
    return parser


@pytest.mark.parametrize("path", [INDEX_PATH, *CHILD_PATHS])
def test_easy_read_pages_load_with_an_alt_on_every_step_image(demo, client, path):
    page = EasyReadPage.objects.get(url_path__endswith=path)
    elements = _page(client, path)
    step_images = [image for image in elements.images if image["in_step"]]
    assert len(step_images) == len(page.body) > 0, path
    for image in step_images:
        assert image.get("alt", "").strip(), (path, image)
        assert PICTO_SRC.match(image["src"]), image["src"]
    # The large type comes from the page type's own stylesheet, never an inline style.
    assert f"{settings.STATIC_URL}pages/easy-read.css" in elements.stylesheets
    assert elements.inline_styles == 0, path


def test_the_index_lists_its_pages_with_their_pictograms(demo, client):
    elements = _page(client, INDEX_PATH)
    for path in CHILD_PATHS:
        assert path in elements.links, path
    listed = [image for image in elements.images if not image["in_step"] and "src" in image]
    pictos = [image for image in listed if PICTO_SRC.match(image["src"])]
    assert len(pictos) == len(CHILD_PATHS)
    assert all(image.get("alt", "").strip() for image in pictos)
    assert 'href="/facile-a-lire/"' in client.get(CHILD_PATHS[0]).content.decode()


def test_every_pictogram_file_exists_and_is_a_plain_drawing():
    for key in PICTOGRAMS:
        found = finders.find(pictogram_path(key))
        assert found, key
        svg = Path(found).read_text(encoding="utf-8")
        assert 'viewBox="0 0 64 64"' in svg, key
        # No words inside the drawing, nothing that runs or loads.
        for forbidden in ("<text", "<title", "<script", "<image", "<style", "href=", "style="):
            assert forbidden not in svg, (key, forbidden)


def test_demo_pictograms_have_their_files(demo, client):
    for path in [INDEX_PATH, *CHILD_PATHS]:
        for image in _page(client, path).images:
            match = PICTO_SRC.match(image.get("src", ""))
            if match:
                assert match.group(1) in PICTOGRAMS and finders.find(
                    pictogram_path(match.group(1))
                ), image["src"]


def test_the_numbers_can_be_called_or_texted(demo, client):
    html = client.get("/facile-a-lire/les-numeros/").content.decode()
    for href in ("tel:17", "tel:112", "sms:114", "tel:15", "tel:3919", "tel:119"):
        assert f'href="{href}"' in html, href
    assert 'Envoyer un SMS au <span class="ltr">114</span>' in html
    assert 'Appeler le <span class="ltr">3919</span>' in html


def test_the_directory_page_links_to_the_directory(demo, client):
    assert "/annuaire/" in _page(client, "/facile-a-lire/chercher-un-lieu/").links


def test_demo_steps_keep_to_the_rules_of_the_step_block():
    block = EasyReadStepBlock()
    for page in [easy_read.INDEX, *easy_read.PAGES]:
        assert page["pictogram"] in PICTOGRAMS and page["pictogram_alt"]
        for raw in page["body"]:
            value = block.to_python(raw["value"])
            block.clean(value)  # one to three sentences, an alt, a complete link
            assert all(sentence.strip() for sentence in raw["value"]["sentences"])


def test_the_3919_is_described_without_a_number_of_languages():
    texts = " ".join(
        sentence
        for page in easy_read.PAGES
        for raw in page["body"]
        for sentence in raw["value"]["sentences"]
    )
    assert "interprète" in texts
    assert not re.search(r"\d+\s+langues", texts)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"alt": ""}, "alt"),
        ({"sentences": []}, "sentences"),
        ({"sentences": ["Un.", "Deux.", "Trois.", "Quatre."]}, "sentences"),
        ({"link_text": "Ouvrir l’annuaire", "link_path": ""}, "link_path"),
        ({"by_sms": True, "phone": ""}, "phone"),
        ({"pictogram": "inconnu"}, "pictogram"),
    ],
)
def test_a_step_needs_its_alt_one_to_three_sentences_and_a_complete_action(change, field):
    block = EasyReadStepBlock()
    raw = easy_read.step("telephone", "Un téléphone", "Appelez le 3919.")["value"]
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({**raw, **change}))
    assert field in error.value.block_errors
