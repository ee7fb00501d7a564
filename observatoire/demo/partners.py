"""The partners' pages and the partnership section. Facts from shared/FACTS.md (the Hérault's
in its observatory file); the wording is the project's own."""

from .blocks import commitment, contact, figure
from .grammar import NBSP, capital, listing, lower_first, number
from .territory import DemoTerritory, Partner

ROLE_DDFE = "Déléguée départementale aux droits des femmes et à l’égalité"
ROLE_COORDINATION = "Coordinatrice de l’observatoire"


def partners(t: DemoTerritory) -> list[dict]:
    pages = [_prefecture(t), _council(t), _caf(t)] + [_extra(t, p) for p in t.extras]
    for partner, page in zip(t.partners, pages, strict=True):
        page.update(
            slug=partner.slug, title=partner.title, short=partner.short, colour=partner.colour
        )
    return pages


def _coordination_contact(t: DemoTerritory) -> dict:
    return contact(ROLE_COORDINATION, t.coordination_host.title)


def _funding(t: DemoTerritory, key: str, subject: str, one: str, share_of: str) -> dict:
    """« Financer l’observatoire »: one of its funders (with its share of the budget)."""
    budget = t.fact("budget")
    if not budget:
        return commitment(
            "Financer l’observatoire",
            f"<p>{subject} est {one} des financeurs de l’observatoire.</p>",
        )
    funders = number(len(budget["shares"]))
    text = (
        f"<p>{subject} est {one} des {funders} financeurs de {budget['stage']} de "
        "l’observatoire.</p>"
    )
    items = []
    if key in budget["shares"]:
        label = f"part {share_of} dans le {lower_first(budget['label'])}"
        items.append(figure(budget["shares"][key], label, unit="eur"))
    return commitment("Financer l’observatoire", text, *items)


def _iscg(t: DemoTerritory, label: str) -> list[dict]:
    posts = t.fact("iscg_posts")
    return [figure(posts, label)] if posts else []


def _prefecture(t: DemoTerritory) -> dict:
    return {
        "intro": f"Les services de l’État {t.in_departement}, avec la déléguée départementale aux "
        f"droits des femmes et à l’égalité et la {t.state_services}.",
        "statement": f"<p>L’État agit à chaque étape du parcours des victimes{NBSP}: il prévient "
        "les stéréotypes dès la petite enfance, facilite l’accès aux droits, finance "
        "l’accompagnement juridique et psychologique, protège par le logement et travaille avec "
        "les auteurs pour éviter la récidive.</p><p>Il attend de l’observatoire une meilleure "
        "connaissance des violences dans le département et une meilleure visibilité des "
        "dispositifs d’aide.</p>",
        "commitments": [
            commitment(
                "Prévenir dès l’enfance",
                "<p>Actions contre les stéréotypes de genre dès la petite enfance et éducation à "
                "l’égalité.</p>",
            ),
            commitment(
                "Accéder à ses droits et être accompagnée",
                "<p>Soutien aux permanences d’accès au droit et à l’accompagnement juridique et "
                "psychologique des victimes.</p>",
            ),
            commitment(
                "Protéger et prévenir la récidive",
                "<p>Mise à l’abri par le logement et prise en charge des auteurs de violences. "
                f"Avec {t.council.the_short}, l’État cofinance des postes d’intervenantes et "
                "intervenants sociaux en commissariat et en gendarmerie (ISCG).</p>",
                *_iscg(t, f"postes d’ISCG cofinancés avec {t.council.the_short}"),
            ),
            _funding(t, "prefecture", "L’État", "l’un", "de l’État"),
        ],
        "contacts": [contact(ROLE_DDFE, t.prefecture), _coordination_contact(t)],
    }


def _council(t: DemoTerritory) -> dict:
    council = t.council
    return {
        "intro": "Chef de file de l’action sociale et de la protection de l’enfance "
        f"{t.in_departement}.",
        "statement": f"<p>Les travailleuses et travailleurs sociaux {council.of_short} et ses "
        "partenaires aident les victimes à être entendues, à être hébergées en urgence, à "
        "mettre leurs enfants en sécurité, à être accompagnées sur le plan juridique et à "
        "retrouver leur autonomie financière.</p>",
        "commitments": [
            commitment(
                "Écouter et accompagner",
                "<p>Accueil et accompagnement des victimes dans les services sociaux "
                f"{council.of_short}, avec une attention particulière aux enfants.</p>",
            ),
            commitment(
                "Être présent là où les faits sont signalés",
                f"<p>Avec l’État, {council.the_short} cofinance des postes d’intervenantes et "
                "intervenants sociaux en commissariat et en gendarmerie (ISCG).</p>",
                *_iscg(t, "postes d’ISCG cofinancés avec l’État"),
            ),
            _funding(t, "departement", capital(council.the_short), council.one, council.of_short),
        ],
        "contacts": [_coordination_contact(t)],
    }


def _caf(t: DemoTerritory) -> dict:
    facts = t.fact("caf") or {}
    barometer = t.fact("barometer") or {}
    requested = barometer.get("requested_by")
    designed_with = barometer.get(
        "designed_with",
        f"l’État, {t.council.the_short}, la PMI et les associations du territoire",
    )
    founders = listing(["l’État", t.council.the_short] + [p.common_the for p in t.extras])
    founding = facts.get("founding", "et le cofinance")
    return {
        "intro": "La caisse d’allocations familiales accompagne les familles, notamment au moment "
        "d’une séparation, où les violences sont fréquentes.",
        "statement": f"<p>La {t.caf} s’engage contre les violences intrafamiliales à quatre "
        f"niveaux qui se complètent{NBSP}: auprès des familles, auprès des associations, auprès "
        "des réseaux de professionnels et au sein de l’observatoire.</p><p>"
        + (f"À la demande {requested}, elle anime aussi" if requested else "Elle anime aussi")
        + " un atelier partenarial consacré à la prévention des violences sous l’angle de "
        f"l’enfance et de la famille. Sa première action{NBSP}: un baromètre des violences "
        f"pendant la grossesse, car 40 à 60{NBSP}% des violences conjugales commenceraient "
        "autour de la grossesse selon le rapport sur la périnatalité. Il permettra à un couple "
        "qui attend un enfant de situer sa relation et d’en parler. Il est conçu avec "
        f"{designed_with}.</p>",
        "commitments": [
            commitment(
                "1. Accompagner les familles",
                "<p>Une équipe de travailleurs sociaux de la Caf accompagne les familles qui se "
                f"séparent{NBSP}; les violences sont souvent présentes dans ces situations. Par "
                "l’ARIPA, l’agence de recouvrement et d’intermédiation des pensions alimentaires, "
                "la Caf apporte aussi un soutien financier aux familles séparées.</p>",
                *_caf_family_figures(facts),
            ),
            commitment(
                "2. Soutenir les associations",
                f"<p>La Caf cofinance les actions des associations{NBSP}: permanences d’aide aux "
                "victimes, programmes qui préviennent la récidive des auteurs.</p>",
                *_figure(facts, "associations_eur", "pour les actions des associations", "eur"),
            ),
            commitment(
                "3. Financer les réseaux de professionnels",
                "<p>La Caf est le principal financeur des réseaux interprofessionnels "
                f"«{NBSP}VIF{NBSP}» (violences intrafamiliales) qui couvrent le département et "
                "permettent des parcours d’accompagnement coordonnés.</p>",
                *_figure(facts, "vif_networks_eur_year", "pour les réseaux VIF", "eur_year"),
            ),
            _cofounding(t, founders, founding),
        ],
        "contacts": [_coordination_contact(t)],
    }


def _cofounding(t: DemoTerritory, founders: str, founding: str) -> dict:
    funding = _funding(t, "caf", "La Caf", "l’un", "de la Caf")
    return commitment(
        "4. Cofonder l’observatoire",
        f"<p>Avec {founders}, la Caf a fondé l’observatoire {founding}.</p>",
        *funding["value"]["figures"],
    )


def _figure(facts: dict, key: str, label: str, unit: str = "none", qualifier: str = "") -> list:
    if key not in facts:
        return []
    return [figure(facts[key], label, unit=unit, qualifier=qualifier)]


def _caf_family_figures(facts: dict) -> list[dict]:
    return [
        *_figure(facts, "social_workers", "travailleurs sociaux dans l’équipe"),
        *_figure(
            facts, "families_per_year", "familles accompagnées chaque année", qualifier="plus de"
        ),
        *_figure(
            facts,
            "share_offered_percent",
            "des familles à qui un rendez-vous est proposé",
            "percent",
            "plus de",
        ),
        *_figure(
            facts, "aripa_families", "familles séparées soutenues par l’ARIPA", qualifier="plus de"
        ),
    ]


def _extra(t: DemoTerritory, partner: Partner) -> dict:
    """A partner of the observatory's file: its page as the file writes it."""
    raw = partner.page
    return {
        "intro": raw["intro"],
        "statement": raw["statement"],
        "commitments": [
            commitment(c["title"], c["text"], *(figure(**f) for f in c.get("figures", [])))
            for c in raw.get("commitments", [])
        ],
        "contacts": [_coordination_contact(t)],
    }


def partnership(t: DemoTerritory) -> dict:
    """The section shared by every partner page; the budget when the observatory file has one."""
    core = listing([p.short_the for p in t.partners[:3]])
    extras = listing([p.the for p in t.extras])
    together = f", avec {extras}," if extras else ""
    coordination = t.coordination
    settings = {
        "title": t.fact("partnership", "title") or f"Un partenariat à {t.count}",
        "body": f"<p>{capital(core)} agissent chacun contre les violences conjugales. Face à "
        "leur gravité et à leur augmentation, ils ont choisi de travailler ensemble"
        f"{together} au sein d’un observatoire{NBSP}: un outil de veille, de "
        "compréhension et de production de nouvelles pratiques, pour adapter leurs actions au "
        f"terrain.</p><p>Les {t.count} partenaires pilotent l’observatoire ensemble{NBSP}; sa "
        f"coordination est rattachée {coordination['attached']}{coordination['why']}.</p>",
    }
    budget = t.fact("budget")
    if budget:
        settings.update(
            budget_label=budget["label"],
            budget_total=budget["total"],
            budget_shares=[
                {"type": "share", "value": {"funder": _funder(t, key), "amount": amount}}
                for key, amount in budget["shares"].items()
            ],
        )
    return settings


def _funder(t: DemoTerritory, key: str) -> str:
    return "État" if key == "prefecture" else t.partner(key).title
