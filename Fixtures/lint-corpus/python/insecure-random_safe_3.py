import random
import secrets
import string

from django.core.mail import send_mail

from .models import PasswordReset

RETRY_BASE_SECONDS = 2


def send_reset_email(user):
    reset_token = secrets.token_urlsafe(32)
    PasswordReset.objects.create(user=user, token=reset_token)
    send_mail("Reset your password", f"https://example.com/reset/{reset_token}", None, [user.email])


def temporary_password(length=12):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def retry_delay(attempt):
    jitter = random.uniform(0, 1)
    return RETRY_BASE_SECONDS ** attempt + jitter


def pick_greeting(name):
    greeting = random.choice(["Hello", "Hi", "Welcome back"])
    return f"{greeting}, {name}!"
