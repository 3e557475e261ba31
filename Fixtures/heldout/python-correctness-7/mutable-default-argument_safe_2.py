"""Slack Bolt app: the stand-up bot collects answers per channel."""
import os

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


class Standup:
    def __init__(self, channel, answers=None):
        self.channel = channel
        self.answers = {} if answers is None else answers

    def record(self, user, text):
        self.answers[user] = text


def summary_blocks(standup, extra_blocks=()):
    section = {"type": "section", "text": {"type": "mrkdwn", "text": f"{len(standup.answers)} answers"}}
    return [*extra_blocks, section]


@app.command("/standup")
def standup_command(ack, command, say):
    ack()
    standup = Standup(command["channel_id"])
    standup.record(command["user_id"], command["text"])
    say(blocks=summary_blocks(standup))
