"""Account signup that mails a first password and texts a one-time code."""
import random
import string

from .mail import send_email
from .notify import sms

CHARS = string.ascii_letters + string.digits


def register(form, db):
    parts = []
    for _ in range(12):
        parts.append(random.choice(CHARS))  # expect: insecure-random
    first_password = "".join(parts)
    db.insert_user(form["email"], first_password)
    send_email(form["email"], "Welcome", f"Your password: {first_password}")


def confirm_phone(user):
    digits = "".join([random.choice(string.digits) for _ in range(6)])  # expect: insecure-random
    sms.send(user.phone, f"Confirmation: {digits}")
