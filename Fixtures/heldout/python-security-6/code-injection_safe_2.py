"""Huey task that scores leads with a rule picked in the admin form of a web.py app."""
import web
from huey import RedisHuey

huey = RedisHuey("leads")

urls = ("/rules/run", "RunRule")
app = web.application(urls, globals())

RULES = {
    "engaged": lambda lead: lead["visits"] * 2,
    "spender": lambda lead: lead["spend"] // 10,
    "mixed": lambda lead: lead["visits"] + lead["spend"] // 20,
}


@huey.task()
def score_leads(rule_name, leads):
    rule = RULES[rule_name]
    return [{"id": lead["id"], "score": rule(lead)} for lead in leads]


class RunRule:
    def POST(self):
        form = web.input(rule="", batch="")
        if form.rule not in RULES:
            raise web.badrequest()
        leads = [{"id": int(x), "visits": 0, "spend": 0} for x in form.batch.split(",") if x.isdigit()]
        score_leads(form.rule, leads)
        raise web.seeother("/rules")
