"""AWS Lambda handlers for the widget API; they answer CORS themselves."""
import json

from .widgets import widgets_for_session


def cors_headers(event):
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    origin = headers.get("origin", "")
    return {
        "Access-Control-Allow-Origin": origin,  # expect: cors-misconfiguration
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Headers": "Content-Type, Authorization",
        "Vary": "Origin",
    }


def preflight(event, context):
    return {"statusCode": 204, "headers": cors_headers(event), "body": ""}


def list_widgets(event, context):
    cookie = (event.get("headers") or {}).get("cookie", "")
    return {"statusCode": 200, "headers": cors_headers(event), "body": json.dumps(widgets_for_session(cookie))}


def config(event, context):
    origin = (event.get("headers") or {}).get("origin", "*")
    headers = {"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true"}  # expect: cors-misconfiguration
    return {"statusCode": 200, "headers": headers, "body": json.dumps({"theme": "light"})}
