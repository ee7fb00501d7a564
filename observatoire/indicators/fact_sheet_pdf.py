"""The fact sheet of a territory as an A4 PDF: the same content as its page, in French."""

from django.utils.translation import gettext as _

from observatoire.core.formatting import format_number
from observatoire.core.pdf import document, latin_1
from observatoire.core.territory import current as served_territory

from .fact_sheet import Sheet


def _paragraph(pdf, width, height, text) -> None:
    """A paragraph across the page, the next one starting below it at the left margin."""
    pdf.multi_cell(width, height, text, new_x="LMARGIN", new_y="NEXT")


def _rate(value) -> str:
    return "" if value is None else format_number(value, decimals=2)


def render(*, sheet: Sheet, caveats: str) -> bytes:
    served = served_territory()
    title = _("%(name)s : fiche du territoire") % {"name": sheet.place.name}
    pdf = document(title=title)
    pdf.set_font("Helvetica", style="B", size=18)
    _paragraph(pdf, 0, 9, latin_1(title))
    pdf.set_font("Helvetica", size=10)
    if sheet.population:
        _paragraph(
            pdf,
            0,
            6,
            latin_1(
                _("%(population)s habitants.") % {"population": format_number(sheet.population)}
            ),
        )
    pdf.ln(3)

    pdf.set_font("Helvetica", style="B", size=13)
    _paragraph(pdf, 0, 7, latin_1(_("Les chiffres")))
    pdf.set_font("Helvetica", size=9)
    _paragraph(pdf, 0, 5, latin_1(caveats))
    pdf.ln(2)
    if sheet.comparisons:
        headings = [
            _("Indicateur"),
            _("Année"),
            _("Nombre"),
            _("Taux pour 1 000"),
            served.name,
            _("France"),
        ]
        with pdf.table(col_widths=(70, 14, 22, 26, 30, 22), text_align="LEFT") as table:
            row = table.row()
            for heading in headings:
                row.cell(latin_1(heading))
            for comparison in sheet.comparisons:
                figure = comparison.latest
                row = table.row()
                row.cell(latin_1(comparison.indicator.label))
                row.cell(figure.period)
                if figure.label:
                    row.cell(latin_1(figure.shown_label), colspan=2)
                else:
                    row.cell(latin_1(format_number(figure.value)))
                    row.cell(latin_1(_rate(figure.rate)))
                departement = comparison.departement
                if departement is not None and departement.rate is not None:
                    row.cell(latin_1(_rate(departement.rate)))
                elif comparison.departement_secret:
                    row.cell(latin_1(_("secret statistique")))
                else:
                    row.cell(latin_1(_("non disponible")))
                row.cell(latin_1(_rate(comparison.france_rate) or _("non disponible")))
    else:
        _paragraph(pdf, 0, 5, latin_1(_("Pas encore de données publiées pour ce territoire.")))
    pdf.ln(4)

    pdf.set_font("Helvetica", style="B", size=13)
    _paragraph(pdf, 0, 7, latin_1(_("Les services d’aide")))
    pdf.set_font("Helvetica", size=9)
    for result in [*sheet.nearby, *sheet.departement_wide]:
        service, location = result.service, result.location
        where = ""
        if location:
            where = (
                _("%(commune)s (adresse confidentielle)") % {"commune": location["commune"]}
                if location["secret"]
                else ", ".join(filter(None, [location["adresse"], location["commune"]]))
            )
        parts = [service.nom, service.structure.nom, where, service.telephone_display]
        _paragraph(pdf, 0, 5, latin_1(" - ".join(p for p in parts if p)))
    pdf.ln(3)
    pdf.set_font("Helvetica", style="B", size=13)
    _paragraph(pdf, 0, 7, latin_1(_("Ce que font les partenaires ici")))
    pdf.set_font("Helvetica", size=9)
    for name, results in sheet.partners:
        services = " ; ".join(result.service.nom for result in results)
        _paragraph(pdf, 0, 5, latin_1(f"{name} : {services}"))
    if not sheet.partners:
        _paragraph(
            pdf,
            0,
            5,
            latin_1(
                _(
                    "Aucun service d’un partenaire de l’observatoire ne sert encore ce "
                    "territoire dans l’annuaire."
                )
            ),
        )
    pdf.ln(4)
    pdf.set_font("Helvetica", style="I", size=8)
    _paragraph(
        pdf,
        0,
        4,
        latin_1(_("Fiche publiée par l’%(acronym)s sous Licence Ouverte 2.0.") % served.words()),
    )
    return bytes(pdf.output())
