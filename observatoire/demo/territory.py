"""The territory as the demo speaks of it: the names and prepositions of the département served
(`core.territory.current()`), its places (the communes loaded by `load_geography`), its steering
partners and what its observatory's file says (`core/data/observatories/<code>.json`).

Written once for every département. Without an observatory file the demo follows neutral
defaults: the acronym OVFF + code, three partners (the State through its préfecture, the
Département, the Caf), the coordination with the Département, no figure of its own. The
Hérault's file gives what is its own: the OVFF34, its fourth partner and the facts and figures
of its pages, and, in its « demo » part (read by the demo only), the towns and areas where the
demo places its examples.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.text import slugify

from observatoire.core import territory
from observatoire.core.territory import Departement

from .grammar import NBSP, everywhere, listing, long_date, number, of

# The demo's launch date where the observatory's file gives none: a 25 November (the
# International Day for the Elimination of Violence against Women), before the demo's 2023 themes.
NEUTRAL_LAUNCH = datetime.date(2022, 11, 25)
# Where the département's council is not « le Département de … »: (title, short name, masculine).
COUNCILS = {
    "2A": ("Collectivité de Corse", "Collectivité", False),
    "2B": ("Collectivité de Corse", "Collectivité", False),
    "972": ("Collectivité territoriale de Martinique", "Collectivité", False),
    "973": ("Collectivité territoriale de Guyane", "Collectivité", False),
    "75": ("Ville de Paris", "Ville", False),
}
COLOURS = {"prefecture": "#1f3a68", "departement": "#7a2048", "caf": "#0b5e6b"}
TOWNS = 11  # the places of the directory's examples beyond the three largest (see directory)


@dataclass(frozen=True)
class Partner:
    """A partner steering the observatory, and its page."""

    key: str  # "prefecture", "departement", "caf", or the slug of one from the observatory file
    slug: str
    title: str  # « Caf de l’Hérault »
    short: str  # on its placeholder logo: « Caf »
    colour: str
    the: str  # « la Caf de l’Hérault » (« l’État » for the State)
    short_the: str  # « la Caf »
    common_the: str  # « la Caf », « l’université »
    names: dict = field(default_factory=dict)  # its name in another language, if not French
    page: dict = field(default_factory=dict)  # an extra partner's page (observatory file)

    def name_in(self, language: str) -> str:
        """Its name in a translation: the file's, else the French one (plain spaces: the
        translations do not use French typography)."""
        if language in self.names:
            return self.names[language]
        return self.title if language == "fr" else self.title.replace(NBSP, " ")


@dataclass(frozen=True)
class Council:
    """The département's council: « le Département de l’Hérault », « la Collectivité de Corse »."""

    title: str
    short: str
    masculine: bool = True

    @property
    def the(self) -> str:
        return f"{'le' if self.masculine else 'la'} {self.title}"

    @property
    def the_short(self) -> str:
        return f"{'le' if self.masculine else 'la'} {self.short}"

    @property
    def of_short(self) -> str:
        return f"{'du' if self.masculine else 'de la'} {self.short}"

    @property
    def to_short(self) -> str:
        return f"{'au' if self.masculine else 'à la'} {self.short}"

    @property
    def one(self) -> str:
        return "l’un" if self.masculine else "l’une"


class DemoTerritory:
    """Everything territorial the demo writes; the places need the communes in the database."""

    def __init__(self, departement: Departement):
        self.departement = departement
        self.code = departement.code
        self.observatory = departement.observatory
        self.demo = self.observatory.get("demo", {})
        names = departement.names["fr"]
        self.name, self.in_departement, self.of_departement = names.name, names.in_, names.of
        self.acronym = departement.acronym
        self.everywhere = everywhere(self.code, self.of_departement)
        launch = self.observatory.get("launch_date")
        self.launch_date = datetime.date.fromisoformat(launch) if launch else NEUTRAL_LAUNCH
        title, short, masculine = COUNCILS.get(
            self.code, (f"Département {self.of_departement}", "Département", True)
        )
        self.council = Council(title=title, short=short, masculine=masculine)
        self.caf = f"Caf {self.of_departement}"
        self.prefecture = f"Préfecture {self.of_departement}"
        # The State's services for labour and solidarity: DDETS, DEETS overseas.
        self.state_services = "DEETS" if departement.zone == "drom" else "DDETS"

    # --- Partners ---

    @cached_property
    def partners(self) -> list[Partner]:
        """The steering partners in the order of their pages: the three of every observatory,
        then those of the observatory's file."""
        place = slugify(self.name)
        core = [
            Partner(
                "prefecture",
                f"prefecture-{place}",
                self.prefecture,
                "État",
                COLOURS["prefecture"],
                "l’État",
                "l’État",
                "l’État",
            ),
            Partner(
                "departement",
                f"departement-{place}",
                self.council.title,
                self.council.short,
                COLOURS["departement"],
                self.council.the,
                self.council.the_short,
                self.council.the_short,
            ),
            Partner(
                "caf",
                f"caf-{place}",
                self.caf,
                "Caf",
                COLOURS["caf"],
                f"la {self.caf}",
                "la Caf",
                "la Caf",
            ),
        ]
        extras = [
            Partner(
                key=raw["slug"],
                slug=raw["slug"],
                title=raw["title"],
                short=raw["short"],
                colour=raw["colour"],
                the=raw["the"],
                short_the=raw.get("short_the", raw["the"]),
                common_the=raw.get("common_the", raw["the"]),
                names=raw.get("names", {}),
                page=raw,
            )
            for raw in self.observatory.get("partners", [])
        ]
        return core + extras

    @property
    def extras(self) -> list[Partner]:
        return self.partners[3:]

    def partner(self, key: str) -> Partner:
        return next(partner for partner in self.partners if partner.key == key)

    def slug(self, key: str) -> str:
        """The page slug of a partner by its role: "prefecture", "departement", "caf",
        "coordination" (the partner hosting it) or "research" (the host, or the Département)."""
        if key in {"coordination", "research"}:
            return self.coordination_host.slug
        return self.partner(key).slug

    @property
    def count(self) -> str:
        """« quatre », « trois »: how many partners steer the observatory."""
        return number(len(self.partners))

    def steering(self) -> str:
        """« l’État, le Département de l’Hérault, la Caf de l’Hérault et l’Université … »."""
        return listing([partner.the for partner in self.partners])

    def steering_short(self) -> str:
        """« l’État, le Département, la Caf et l’Université Paul-Valéry »."""
        return listing([partner.short_the for partner in self.partners])

    @cached_property
    def coordination(self) -> dict:
        """Where the coordinator's post sits: the observatory's file, or the Département."""
        default = {
            "host": "departement",
            "attached": self.council.to_short,
            "attached_long": f"{'au' if self.council.masculine else 'à la'} {self.council.title}",
            "why": "",
        }
        return {**default, **self.observatory.get("coordination", {})}

    @property
    def coordination_host(self) -> Partner:
        return self.partner(self.coordination["host"])

    # --- Facts of the observatory's file (None without it) ---

    def fact(self, *path: str):
        value = self.observatory
        for key in path:
            if not isinstance(value, dict) or key not in value:
                return None
            value = value[key]
        return value

    # --- Places ---

    @cached_property
    def communes(self) -> list[str]:
        """The communes' names, the chef-lieu first, then by population."""
        from observatoire.directory.models import Commune

        ranked = list(Commune.objects.order_by("-population", "name").values_list("code", "name"))
        if not ranked:
            raise RuntimeError("La démonstration a besoin des communes : load_geography d’abord.")
        head = self._chef_lieu(ranked)
        return [head] + [name for _code, name in ranked if name != head]

    def _chef_lieu(self, ranked: list[tuple[str, str]]) -> str:
        raw = territory.reference()["departements"].get(self.code, {}).get("chef_lieu")
        for code, name in ranked:
            if raw in {code, name}:
                return name
        return ranked[0][1]  # until the reference names it: the most populous commune

    @property
    def chef_lieu(self) -> str:
        return self.communes[0]

    @property
    def cities(self) -> list[str]:
        """The chef-lieu and the next two largest communes (or fewer, repeated)."""
        return [self.communes[min(i, len(self.communes) - 1)] for i in range(3)]

    @cached_property
    def towns(self) -> list[str]:
        """Eleven smaller places for the directory's examples: the observatory file's, or the
        largest commune of each EPCI the three largest communes are not in (a spread over the
        territory), then the next largest communes."""
        if self.demo.get("towns"):
            return list(self.demo["towns"])
        from observatoire.directory.models import Commune

        used = set(self.cities)
        rest = [name for name in self.communes if name not in used] or list(self.cities)
        ranked = list(Commune.objects.order_by("-population", "name").values_list("name", "epci"))
        heads, seen = [], {epci for name, epci in ranked if name in used}
        for name, epci in ranked:
            if name in rest and epci not in seen:
                seen.add(epci)
                heads.append(name)
        ordered = heads + [name for name in rest if name not in heads]
        return [ordered[i % len(ordered)] for i in range(TOWNS)]

    def area_in(self, commune: str) -> str:
        """« dans le Biterrois » (the observatory's file), else « dans le secteur de … »."""
        area = self.demo.get("areas", {}).get(commune)
        return area["in"] if area else f"dans le secteur {of(commune)}"

    def area_of(self, commune: str) -> str:
        """« du Biterrois » (the observatory's file), else « du secteur de … »."""
        area = self.demo.get("areas", {}).get(commune)
        return area["of"] if area else f"du secteur {of(commune)}"

    def organisation(self, key: str, default: str) -> str:
        """A local organisation named in the observatory's file (« Via Voltaire »), else the
        demo's neutral name."""
        return self.demo.get("organisations", {}).get(key, default)

    # --- The placeholders of the translated pages ---

    def words(self, language: str = "fr") -> dict[str, str]:
        """« {in_departement} », « {council} »…: the territory's words in one language
        (its names and prepositions from `core.territory`, French when it has none there)."""
        words = self.departement.words(language)
        words.update(
            council=self.council.title,
            the_council=self.council.the,
            caf=self.caf,
            launch_date=long_date(self.launch_date, language),
        )
        if len(self.extras) == 1:
            words.update(partner=self.extras[0].name_in(language), the_partner=self.extras[0].the)
        return words


def demo_territory(departement: Departement | None = None) -> DemoTerritory:
    return DemoTerritory(departement or territory.current())
