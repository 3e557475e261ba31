import re

from errbot import BotPlugin, arg_botcmd

from .incidents import recent_messages


class Grep(BotPlugin):
    @arg_botcmd("words", type=str)
    @arg_botcmd("--hours", type=int, default=24)
    def grep(self, msg, words, hours):
        matcher = re.compile(r"\b" + re.escape(words) + r"\b", re.IGNORECASE)
        found = [
            f"{entry.when:%H:%M} {entry.author}: {entry.text}"
            for entry in recent_messages(hours=hours)
            if matcher.search(entry.text)
        ]
        return "\n".join(found[:20]) or "no matches"
