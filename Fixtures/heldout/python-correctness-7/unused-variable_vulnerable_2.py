"""Slack Bolt shortcut that files a bug from a message."""
import os

from slack_bolt import App

from .tracker import create_issue

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.shortcut("file_bug")
def file_bug(ack, shortcut, client):
    ack()
    text = shortcut["message"]["text"]
    reporter = shortcut["user"]["id"]
    channel = shortcut["channel"]["id"]  # expect: unused-variable
    issue = create_issue(title=text.splitlines()[0][:80], body=text, reporter=reporter)
    result = client.chat_postEphemeral(  # expect: unused-variable
        channel=shortcut["channel"]["id"],
        user=reporter,
        text=f"Filed {issue.key}",
    )
