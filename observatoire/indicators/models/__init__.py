from .indicators import Edition, Indicator, Observation, Source
from .territories import Population, Territory

__all__ = ["Edition", "Indicator", "Observation", "Population", "Source", "Territory"]
