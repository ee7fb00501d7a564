from django import template

register = template.Library()


@register.filter
def shade(count: int) -> str:
    """CSS class for a commune's number of services (the legend explains the steps)."""
    if count == 0:
        return "map__c0"
    if count == 1:
        return "map__c1"
    return "map__c2" if count <= 3 else "map__c3"
