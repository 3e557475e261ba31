"""AWS Lambda authorizer that picks the key by kid and then verifies the token."""
import json
import os

import jwt

AUDIENCE = "orders-api"
KEYS = json.loads(os.environ["ORDERS_PUBLIC_KEYS"])


def policy(principal, effect, arn):
    return {
        "principalId": principal,
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": arn}],
        },
    }


def handler(event, context):
    token = event.get("authorizationToken", "").removeprefix("Bearer ")
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        key = KEYS.get(kid)
        if key is None:
            return policy("anonymous", "Deny", event["methodArn"])
        claims = jwt.decode(token, key, algorithms=["ES256"], audience=AUDIENCE)
    except jwt.InvalidTokenError:
        return policy("anonymous", "Deny", event["methodArn"])
    return policy(claims["sub"], "Allow", event["methodArn"])
