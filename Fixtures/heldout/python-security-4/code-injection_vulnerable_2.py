"""AWS Lambda used by the analytics team to evaluate metric expressions."""
import json
import statistics


def load_series(name):
    from .store import series_by_name

    return series_by_name(name)


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    metric = params.get("metric", "latency")
    transform = params.get("transform", "values")
    values = load_series(metric)
    scope = {"values": values, "mean": statistics.mean, "median": statistics.median}
    result = eval(transform, scope)  # expect: code-injection
    return {"statusCode": 200, "body": json.dumps({"metric": metric, "result": result})}


def alert_handler(event, context):
    rule = json.loads(event["body"])
    condition = rule["condition"]
    snippet = compile("fired = " + condition, "<alert-rule>", "exec")
    scope = {"values": load_series(rule["metric"])}
    exec(snippet, scope)  # expect: code-injection
    return {"statusCode": 200, "body": json.dumps({"fired": bool(scope.get("fired"))})}
