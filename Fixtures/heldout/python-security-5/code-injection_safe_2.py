"""Alert rules evaluated by a Dramatiq worker through an operator table."""
import operator

import dramatiq
from blacksheep import Application, Request, json as json_response

from .metrics import latest_facts, notify

app = Application()

COMPARATORS = {
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
    "eq": operator.eq,
}


@dramatiq.actor(max_retries=0)
def evaluate_rule(rule):
    facts = latest_facts(rule["service"])
    compare = COMPARATORS[rule["op"]]
    fired = compare(float(facts.get(rule["metric"], 0.0)), float(rule["threshold"]))
    if fired:
        notify(facts)
    return fired


@app.router.post("/rules/test")
async def test_rule(request: Request):
    body = await request.json()
    if body.get("op") not in COMPARATORS:
        return json_response({"error": "unknown operator"}, status=400)
    rule = {
        "service": str(body.get("service", "api")),
        "metric": str(body.get("metric", "p95_ms")),
        "op": body["op"],
        "threshold": float(body.get("threshold", 0)),
    }
    message = evaluate_rule.send(rule)
    return json_response({"queued": message.message_id})
