from .entries import ErrorReport, Place, Service, Structure
from .geography import Commune, Epci, Postcode

__all__ = ["Commune", "Epci", "ErrorReport", "Place", "Postcode", "Service", "Structure"]
