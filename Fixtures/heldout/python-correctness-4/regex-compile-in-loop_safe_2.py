"""Highlight glossary terms in lesson text (one pattern per term)."""
import re

INVITE = re.compile(r"discord(?:\.gg|app\.com/invite)/\w+", re.IGNORECASE)


def highlight(text: str, terms: list[str]) -> str:
    for term in terms:
        pattern = re.compile(rf"\b({re.escape(term)})\b", re.IGNORECASE)
        text = pattern.sub(r"**\1**", text)
    return text


def strip_invites(lines: list[str]) -> list[str]:
    return [INVITE.sub("[link removed]", line) for line in lines]
