from .events import AgendaPage, EventPage
from .publications import PublicationIndexPage, PublicationPage
from .recommendations import FollowUp, Recommendation
from .themes import ThemePage, WorkIndexPage, WorkYearPage

__all__ = [
    "AgendaPage",
    "EventPage",
    "FollowUp",
    "PublicationIndexPage",
    "PublicationPage",
    "Recommendation",
    "ThemePage",
    "WorkIndexPage",
    "WorkYearPage",
]
