"""`load_demo`: the 2023 themes, recommendations with their follow-up, publications with
generated PDFs and HTML summaries, and an agenda. Idempotent: what exists is left as it is."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Locale

from observatoire.knowledge.models import (
    AgendaPage,
    EventPage,
    FollowUp,
    PublicationIndexPage,
    PublicationPage,
    Recommendation,
    ThemePage,
    WorkIndexPage,
    WorkYearPage,
)
from observatoire.knowledge.pdf import text_pdf
from observatoire.knowledge.services import open_to_partners
from observatoire.pages.services import ensure_child_page
from observatoire.partners.models import PartnerPage

from ..territory import DemoTerritory
from . import resources, work


def load_demo_knowledge(*, home, territory: DemoTerritory) -> None:
    themes = _themes(home)
    _recommendations(themes, territory)
    _publications(home, themes, territory)
    _agenda(home, territory)


def _themes(home) -> dict[str, ThemePage]:
    index = ensure_child_page(parent=home, page_class=WorkIndexPage, **work.WORK_INDEX)
    year = ensure_child_page(parent=index, page_class=WorkYearPage, **work.YEAR_2023)
    return {
        theme["slug"]: ensure_child_page(parent=year, page_class=ThemePage, **theme)
        for theme in work.THEMES
    }


def _recommendations(themes: dict[str, ThemePage], t: DemoTerritory) -> None:
    partners = {p.slug: p for p in PartnerPage.objects.filter(locale=Locale.get_default())}
    for slug, number, title, text, addressed, status, notes in work.recommendations(t):
        recommendation, created = Recommendation.objects.get_or_create(
            theme=themes[slug],
            number=number,
            defaults={"title": title, "text": text, "status": status},
        )
        if not created:
            continue
        recommendation.partners.set([partners[p] for p in addressed if p in partners])
        start = datetime.date(2024, 3, 1)
        for step, (note_status, note, partner) in enumerate(notes):
            _follow_up(
                recommendation=recommendation,
                date=start + datetime.timedelta(days=120 * step + 10 * number),
                status=note_status,
                note=note,
                partner=partners.get(partner),
                submitted=step == len(notes) - 1 and (slug, number) == work.SUBMITTED_NOTE,
            )


def _follow_up(*, submitted: bool, **fields) -> None:
    """A note as the coordination publishes it (its recommendation takes its status:
    knowledge/receivers.py), or, `submitted`, awaiting the coordination in the workflow."""
    note = FollowUp.objects.create(**fields)
    revision = note.save_revision(log_action=False)
    if submitted:
        note.get_workflow().start(note, None)
    else:
        revision.publish(skip_permission_checks=True)


def _publications(home, themes: dict[str, ThemePage], t: DemoTerritory) -> None:
    index = ensure_child_page(
        parent=home, page_class=PublicationIndexPage, **resources.PUBLICATION_INDEX
    )
    open_to_partners(page=index)
    partners = {p.slug: p for p in PartnerPage.objects.filter(locale=Locale.get_default())}
    for (
        slug,
        title,
        kind,
        audience,
        theme,
        partner,
        language,
        kit,
        paragraphs,
    ) in resources.publications(t):
        if index.get_children().filter(slug=slug).exists():
            continue
        document = _document(slug=slug, title=title, paragraphs=paragraphs)
        summary = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        ensure_child_page(
            parent=index,
            page_class=PublicationPage,
            slug=slug,
            title=title,
            intro=paragraphs[0],
            kind=kind,
            audience=audience,
            theme=themes.get(theme),
            year=2023 if theme else 2024,
            partner=partners.get(partner),
            language=language,
            prevention_kit=kit,
            document=document,
            summary=summary,
        )


def _document(*, slug: str, title: str, paragraphs: list[str]) -> Document:
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        content = text_pdf(title=title, paragraphs=paragraphs)
        document.file.save(f"{slug}.pdf", ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
    return document


def _agenda(home, t: DemoTerritory) -> None:
    agenda = ensure_child_page(parent=home, page_class=AgendaPage, **resources.AGENDA)
    open_to_partners(page=agenda)
    today = timezone.localdate()
    for slug, title, kind, days, hour, hours, place, online, audience, text in resources.events(t):
        start = timezone.make_aware(
            datetime.datetime.combine(today + datetime.timedelta(days=days), datetime.time(hour))
        )
        ensure_child_page(
            parent=agenda,
            page_class=EventPage,
            slug=slug,
            title=title,
            intro=text,
            kind=kind,
            start=start,
            end=start + datetime.timedelta(hours=hours),
            place=place,
            online=online,
            audience=audience,
            description=f"<p>{text}</p>",
        )
