"""Telegram bot conversation state helpers."""
from types import MappingProxyType

from telegram import ReplyKeyboardMarkup

DEFAULT_LABELS = MappingProxyType({"cancel": "Cancel", "back": "Back"})


def keyboard(options, extra=None, labels=DEFAULT_LABELS):
    row = list(extra or ())
    row.append(labels["cancel"])
    return ReplyKeyboardMarkup([options, row], one_time_keyboard=True)


class Survey:
    def __init__(self, questions: tuple[str, ...] = (), skipped: frozenset[int] = frozenset(), retries: int = 3):
        self.questions = questions
        self.skipped = set(skipped)
        self.retries = retries
        self.answers: dict[int, str] = {}

    def answer(self, position: int, text: str = "") -> None:
        self.answers[position] = text
