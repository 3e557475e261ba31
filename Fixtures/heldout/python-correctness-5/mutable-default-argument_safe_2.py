"""Slack Bolt app: a retro bot that collects answers."""
from dataclasses import dataclass, field

from slack_bolt import App

app = App()


@dataclass
class Retro:
    channel: str
    questions: list = field(default_factory=list)
    answers: dict = field(default_factory=dict)

    def record(self, user, text, extra=None):
        entry = dict(extra or {}, text=text)
        self.answers[user] = entry
        return entry


retro = Retro("#team-retro")


@app.message("retro:")
def collect(message, say):
    retro.record(message["user"], message["text"].removeprefix("retro:").strip())
    say(f"Thanks <@{message['user']}>, noted.")
