import ast
import datetime

from errbot import BotPlugin, arg_botcmd, botcmd

ACTIONS = {
    "uptime": lambda bot: f"up since {bot.started:%Y-%m-%d %H:%M}",
    "now": lambda bot: datetime.datetime.utcnow().isoformat(timespec="seconds"),
    "plugins": lambda bot: ", ".join(sorted(bot.plugin_names)),
}


class Snippets(BotPlugin):
    def activate(self):
        super().activate()
        self.started = datetime.datetime.utcnow()
        self.plugin_names = ["Snippets", "Help", "Health"]

    @botcmd
    def snippet_run(self, msg, args):
        action = ACTIONS.get(args.strip())
        if action is None:
            return "known snippets: " + ", ".join(sorted(ACTIONS))
        return action(self)

    @arg_botcmd("values", type=str)
    def average(self, msg, values):
        try:
            numbers = ast.literal_eval(values)
        except (ValueError, SyntaxError):
            return "give a list like [1, 2, 3]"
        if not isinstance(numbers, (list, tuple)) or not all(
            isinstance(n, (int, float)) for n in numbers
        ):
            return "only numbers, please"
        if not numbers:
            return "empty list"
        return f"average: {sum(numbers) / len(numbers):.2f}"
