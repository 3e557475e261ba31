import jwt
from jose import jwt as jose_jwt

KEYS = {"a1": open("/etc/app/a1.pub").read()}


def claims_from(token):
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, KEYS[header["kid"]], algorithms=["RS256"], audience="api")


def tenant_claims(token, keys):
    issuer = jose_jwt.get_unverified_claims(token)["iss"]
    return jose_jwt.decode(token, keys[issuer], algorithms=["RS256"], audience="api")
