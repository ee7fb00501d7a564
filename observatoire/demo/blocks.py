"""Small builders for raw StreamField data, so the demo content reads like a document."""


def heading(text: str) -> dict:
    return {"type": "heading", "value": text}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def figure(value, label: str, *, unit: str = "none", qualifier: str = "") -> dict:
    return {"qualifier": qualifier, "value": str(value), "unit": unit, "label": label}


def figures(*items: dict) -> dict:
    return {"type": "figures", "value": list(items)}


def callout(title: str, html: str) -> dict:
    return {"type": "callout", "value": {"title": title, "text": html}}


def commitment(title: str, html: str, *items: dict) -> dict:
    return {"type": "commitment", "value": {"title": title, "text": html, "figures": list(items)}}


def contact(role: str, organisation: str) -> dict:
    return {
        "type": "contact",
        "value": {"role": role, "organisation": organisation, "email": "", "phone": ""},
    }
