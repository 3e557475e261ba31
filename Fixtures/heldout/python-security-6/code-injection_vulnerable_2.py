"""Huey task that scores leads with a rule typed in the admin form of a web.py app."""
import web
from huey import RedisHuey

huey = RedisHuey("leads")

urls = ("/rules/run", "RunRule")
app = web.application(urls, globals())


class Scorer:
    def __init__(self, expression):
        self.expression = expression

    def compiled(self):
        return compile(self.expression, "<rule>", "eval")  # expect: code-injection


@huey.task()
def score_leads(expression, leads):
    code = Scorer(expression).compiled()
    results = []
    for lead in leads:
        results.append({"id": lead["id"], "score": eval(code, {}, dict(lead))})  # expect: code-injection
    return results


class RunRule:
    def POST(self):
        form = web.input(rule="", batch="")
        leads = [{"id": int(x), "visits": 0, "spend": 0} for x in form.batch.split(",") if x.isdigit()]
        score_leads(form.rule, leads)
        raise web.seeother("/rules")
