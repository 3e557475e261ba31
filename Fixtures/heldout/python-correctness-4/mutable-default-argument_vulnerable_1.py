"""Telegram bot conversation state helpers."""
from telegram import ReplyKeyboardMarkup


def keyboard(options, extra=[]):  # expect: mutable-default-argument
    extra.extend(["Cancel"])
    return ReplyKeyboardMarkup([options, extra], one_time_keyboard=True)


def remember(chat_id: int, answer: str, memory={}):  # expect: mutable-default-argument
    memory.setdefault(chat_id, []).append(answer)
    return memory[chat_id]


class Survey:
    def __init__(
        self,
        questions: list[str],
        skipped: set[int] = set(),  # expect: mutable-default-argument
    ):
        self.questions = questions
        self.skipped = skipped

    def next_question(self, position: int) -> str | None:
        while position < len(self.questions) and position in self.skipped:
            position += 1
        return self.questions[position] if position < len(self.questions) else None
