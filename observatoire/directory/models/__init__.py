from .entries import Place, Service, Structure
from .geography import Commune, Epci, Postcode

__all__ = ["Commune", "Epci", "Place", "Postcode", "Service", "Structure"]
