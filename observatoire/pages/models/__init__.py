from .content import HelplinesPage, HomePage, SiteMapPage, StandardPage
from .easy_read import EasyReadPage
from .news import NewsIndexPage, NewsPage
from .observatory import ObservatoryPage
from .partners import PartnerIndexPage, PartnerPage, PartnershipSettings

__all__ = [
    "EasyReadPage",
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
