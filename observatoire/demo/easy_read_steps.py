"""How an easy-to-read page's steps are written (see `easy_read`)."""

NBSP = "\u00a0"


def step(
    pictogram: str,
    alt: str,
    *sentences: str,
    phone: str = "",
    sms: bool = False,
    link: tuple[str, str] = ("", ""),
) -> dict:
    """One step: its pictogram and text alternative, one to three sentences, and at most a
    number to call (or to text) and a link on this site."""
    return {
        "type": "step",
        "value": {
            "pictogram": pictogram,
            "alt": alt,
            "sentences": list(sentences),
            "phone": phone,
            "by_sms": sms,
            "link_text": link[0],
            "link_path": link[1],
        },
    }


def quoted(text: str) -> str:
    return f"«{NBSP}{text}{NBSP}»"


EXIT_BUTTON = quoted("Effacer mes traces")
