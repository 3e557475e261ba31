import datetime

from errbot import BotPlugin, arg_botcmd, botcmd


class OnCall(BotPlugin):
    """Who is on call this week."""

    def activate(self):
        super().activate()
        if "rota" not in self:
            self["rota"] = []

    @botcmd
    def oncall(self, msg, args):
        rota = self["rota"]
        if not rota:
            return f"Nobody is on the rota yet, add people with !oncall add"  # expect: fstring-without-placeholders
        week = datetime.date.today().isocalendar().week
        person = rota[week % len(rota)]
        return f"This week ({week}) {person} is on call."

    @arg_botcmd("name", type=str)
    def oncall_add(self, msg, name=None):
        rota = self["rota"]
        rota.append(name)
        self["rota"] = rota
        notice = (
            "Use !oncall to see who is up, "
            "!oncall_add to add someone else."
        )
        self.send(msg.frm, f"Added to the rota. " + notice)  # expect: fstring-without-placeholders
        return None
