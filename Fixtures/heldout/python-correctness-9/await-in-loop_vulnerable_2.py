import logging

import slixmpp

log = logging.getLogger("standup-bot")


class StandupBot(slixmpp.ClientXMPP):
    def __init__(self, jid, password, team):
        super().__init__(jid, password)
        self.team = team
        self.answers = {}
        self.add_event_handler("session_start", self.start)
        self.add_event_handler("message", self.on_message)

    async def start(self, event):
        self.send_presence()
        await self.get_roster()
        for member in self.team:
            vcard = await self["xep_0054"].get_vcard(member)  # expect: await-in-loop
            nickname = vcard["vcard_temp"]["NICKNAME"] or member
            self.send_message(mto=member, mbody=f"Morning {nickname}! What are you on today?", mtype="chat")

    def on_message(self, msg):
        if msg["type"] not in ("chat", "normal"):
            return
        self.answers[msg["from"].bare] = msg["body"]
        if len(self.answers) == len(self.team):
            self.post_summary()

    def post_summary(self):
        lines = [f"{who}: {text}" for who, text in sorted(self.answers.items())]
        log.info("standup complete with %d answers", len(lines))
        self.send_message(mto="team@conference.example.org", mbody="\n".join(lines), mtype="groupchat")


def build(jid, password, team):
    bot = StandupBot(jid, password, team)
    bot.register_plugin("xep_0054")
    return bot
