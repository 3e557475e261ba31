"""Slack Bolt app: a stand-up bot that collects answers."""
from slack_bolt import App

app = App()


class Standup:
    def __init__(self, channel, questions=list()):  # expect: mutable-default-argument
        self.channel = channel
        self.questions = questions
        self.answers = {}

    def record(self, user, text, extra=dict()):  # expect: mutable-default-argument
        extra["text"] = text
        self.answers[user] = extra
        return extra


standup = Standup("#team-standup")


@app.message("standup:")
def collect(message, say):
    standup.record(message["user"], message["text"].removeprefix("standup:").strip())
    say(f"Thanks <@{message['user']}>, noted.")
