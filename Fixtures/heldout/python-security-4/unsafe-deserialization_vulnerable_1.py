"""AWS Lambda importing saved dashboard layouts."""
import base64
import json
import pickle

import yaml

from .dashboards import save_layout


def decode_blob(body):
    return pickle.loads(base64.b64decode(body))  # expect: unsafe-deserialization


def import_layout(event, context):
    layout = decode_blob(event["body"])
    save_layout(event["requestContext"]["authorizer"]["principalId"], layout)
    return {"statusCode": 201, "body": json.dumps({"widgets": len(layout.get("widgets", []))})}


def import_yaml(event, context):
    text = event["body"]
    if event.get("isBase64Encoded"):
        text = base64.b64decode(text).decode()
    layout = yaml.load(text, Loader=yaml.Loader)  # expect: unsafe-deserialization
    save_layout(event["requestContext"]["authorizer"]["principalId"], layout)
    return {"statusCode": 201, "body": json.dumps({"ok": True})}
