from .content import HelplinesPage, HomePage, SiteMapPage, StandardPage
from .news import NewsIndexPage, NewsPage
from .observatory import ObservatoryPage
from .partners import PartnerIndexPage, PartnerPage, PartnershipSettings

__all__ = [
    "HelplinesPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "ObservatoryPage",
    "PartnerIndexPage",
    "PartnerPage",
    "PartnershipSettings",
    "SiteMapPage",
    "StandardPage",
]
