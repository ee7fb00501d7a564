from .indicators import Edition, Indicator, Observation, Source
from .letters import LetterIndexPage, LetterPage
from .submissions import PartnerFigure
from .territories import Population, Territory

__all__ = [
    "Edition",
    "Indicator",
    "LetterIndexPage",
    "LetterPage",
    "Observation",
    "PartnerFigure",
    "Population",
    "Source",
    "Territory",
]
