"""AWS API Gateway Lambda authorizer (python-jose)."""
import os

from jose import jwt

AUDIENCE = "orders-api"


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
    header = jwt.get_unverified_header(token)
    if header.get("typ") == "service":
        claims = jwt.get_unverified_claims(token)  # expect: jwt-misuse
        return policy(claims["sub"], "Allow", event["methodArn"])
    claims = jwt.decode(  # expect: jwt-misuse
        token,
        os.environ["ORDERS_SIGNING_KEY"],
        algorithms=[header["alg"]],
        audience=AUDIENCE,
    )
    return policy(claims["sub"], "Allow", event["methodArn"])
