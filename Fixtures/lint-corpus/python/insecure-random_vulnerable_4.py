import random
import string

ALPHABET = string.ascii_letters + string.digits


def make_reset_token(length=32):
    return "".join(random.choice(ALPHABET) for _ in range(length))  # expect: insecure-random


def issue_otp(user):
    code = random.randint(100000, 999999)  # expect: insecure-random
    user.profile.otp = str(code)
    user.profile.save()
    return str(code)


def temporary_password():
    return "".join(random.sample(ALPHABET, 12))  # expect: insecure-random
