"""Pyramid views for e-mail verification and one-time sign-in codes."""
import random
import string
import time

from pyramid.view import view_config

from .mail import send_code, send_verification

TOKEN_ALPHABET = string.ascii_letters + string.digits


def verification_token(length=40):
    return "".join(random.choices(TOKEN_ALPHABET, k=length))  # expect: insecure-random


@view_config(route_name="verify_email", request_method="POST", renderer="json")
def start_verification(request):
    user = request.user
    user.verification_token = verification_token()
    user.verification_sent_at = time.time()
    send_verification(user.email, user.verification_token)
    return {"sent": True}


@view_config(route_name="login_code", request_method="POST", renderer="json")
def login_code(request):
    user = request.dbsession.user_by_email(request.json_body.get("email", ""))
    if user is not None:
        code = "%06d" % random.randrange(1_000_000)  # expect: insecure-random
        user.login_code = code
        user.login_code_expires = time.time() + 600
        send_code(user.email, code)
    return {"sent": True}
