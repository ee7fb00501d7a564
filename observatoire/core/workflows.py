"""Publishing at the end of a Wagtail workflow (the `WAGTAIL_FINISH_WORKFLOW_ACTION` setting).

Approving the last task of a workflow publishes what it reviewed, as the person who approved,
and Wagtail checks that this person holds the model's publish permission. Some models are
published by their workflow only (`published_by_workflow_only = True` on the model): nobody
holds their publish permission, so that no « Publier » button skips the review, and for them
the approval of the last task is what allows publishing. Every other model (pages, directory
entries) keeps Wagtail's own rule. Register `PublishedByWorkflowOnlyPolicy` for such a model.
"""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.workflows import publish_workflow_state


def finish(workflow_state, user=None) -> None:
    content = workflow_state.content_object
    if getattr(type(content), "published_by_workflow_only", False):
        content.get_latest_revision().publish(user=user, skip_permission_checks=True)
        return
    publish_workflow_state(workflow_state, user=user)


class PublishedByWorkflowOnlyPolicy(ModelPermissionPolicy):
    """The model permissions of such a model, without « publish » for anyone, superusers
    included: the editor offers no « Publier », and a request that asks for it is refused;
    validating the workflow's last task is the only way (`finish`)."""

    def user_has_permission(self, user, action):
        return action != "publish" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "publish"])
