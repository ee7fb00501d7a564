"""Back-office views of the knowledge app: Wagtail's form for a new follow-up note, opened
from a recommendation's « Rendre compte » button with that recommendation already chosen.
Registered in wagtail_hooks.py."""

from wagtail.snippets.views.snippets import SnippetViewSet

from . import selectors
from .forms import MAX_ID

# The address parameter that names the recommendation reported on.
RECOMMENDATION_PARAMETER = "recommandation"


class FollowUpCreateView(SnippetViewSet.add_view_class):
    def get_initial(self):
        initial = super().get_initial()
        recommendation = self._recommendation_asked()
        if recommendation is not None:
            initial.update(recommendation=recommendation.pk, status=recommendation.status)
        return initial

    def _recommendation_asked(self):
        """The recommendation named in the address, if the account may report on it; anything
        else (another partner's, not a number) leaves the form empty."""
        text = self.request.GET.get(RECOMMENDATION_PARAMETER, "")
        if not (text.isascii() and text.isdigit()) or int(text) > MAX_ID:
            return None
        return selectors.scoped_recommendations(user=self.request.user).filter(pk=text).first()
