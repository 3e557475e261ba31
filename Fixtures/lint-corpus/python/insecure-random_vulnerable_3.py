import random
import string

from django.core.mail import send_mail

from .models import PasswordReset


def send_reset_email(user):
    reset_token = "".join(random.choices(string.ascii_letters + string.digits, k=32))  # expect: insecure-random
    PasswordReset.objects.create(user=user, token=reset_token)
    send_mail("Reset your password", f"https://example.com/reset/{reset_token}", None, [user.email])


def temporary_password(length=12):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))  # expect: insecure-random
