"""PRAW bot that answers "!schedule" comments in the club subreddit."""
import praw

from club.calendar import next_meetups

BOT_NAME = "meetup-bot"


def schedule_reply(limit=3):
    lines = [f"**Next {limit} meetups**", ""]
    for meetup in next_meetups(limit):
        lines.append(f"* {meetup.date:%a %d %b} — {meetup.place!s}")
    lines.append("")
    lines.append("^(I am a bot. "
                 f"Reply 'stop' to {BOT_NAME} to opt out.)")
    return "\n".join(lines)


def run(reddit: praw.Reddit):
    subreddit = reddit.subreddit("boardgameclub")
    for comment in subreddit.stream.comments(skip_existing=True):
        if comment.body.strip().lower() == "!schedule":
            comment.reply(body=schedule_reply())
            comment.save()
        elif comment.body.strip().lower() == "!help":
            comment.reply(body="Commands: !schedule, !help")
