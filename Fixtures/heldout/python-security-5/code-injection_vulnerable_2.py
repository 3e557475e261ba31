"""Alert rules: a BlackSheep endpoint enqueues rules that a Dramatiq worker evaluates."""
import dramatiq
from blacksheep import Application, Request, json as json_response

from .metrics import latest_facts, notify

app = Application()


@dramatiq.actor(max_retries=0)
def evaluate_rule(rule):
    facts = latest_facts(rule["service"])
    fired = eval(rule["when"], {"__builtins__": {}}, facts)  # expect: code-injection
    if fired:
        scope = {"notify": notify, "facts": facts}
        exec(rule.get("then", "notify(facts)"), scope)  # expect: code-injection
    return bool(fired)


@app.router.post("/rules/test")
async def test_rule(request: Request):
    body = await request.json()
    rule = {
        "service": body.get("service", "api"),
        "when": body.get("when", "False"),
        "then": body.get("then"),
    }
    message = evaluate_rule.send(rule)
    return json_response({"queued": message.message_id})
