from .content import HelplinesPage, HomePage, SiteMapPage, StandardPage
from .easy_read import EasyReadPage
from .news import NewsIndexPage, NewsPage
from .observatory import ObservatoryPage

__all__ = [
    "EasyReadPage",
    "HelplinesPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "ObservatoryPage",
    "SiteMapPage",
    "StandardPage",
]
