import re

from errbot import BotPlugin, arg_botcmd

from .incidents import recent_messages


class Grep(BotPlugin):
    @arg_botcmd("pattern", type=str)
    @arg_botcmd("--hours", type=int, default=24)
    def grep(self, msg, pattern, hours):
        found = []
        for entry in recent_messages(hours=hours):
            if re.search(pattern, entry.text):  # expect: regex-injection
                found.append(f"{entry.when:%H:%M} {entry.author}: {entry.text}")
        return "\n".join(found[:20]) or "no matches"
