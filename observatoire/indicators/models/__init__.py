from .indicators import Edition, Indicator, Observation, Source
from .submissions import PartnerFigure
from .territories import Population, Territory

__all__ = [
    "Edition",
    "Indicator",
    "Observation",
    "PartnerFigure",
    "Population",
    "Source",
    "Territory",
]
