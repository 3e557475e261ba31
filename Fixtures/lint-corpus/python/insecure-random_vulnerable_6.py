import random
import time


def create_password_reset(user):
    return {"user": user.id, "token": str(random.random())[2:], "created": time.time()}  # expect: insecure-random


def new_salt():
    salt = random.randbytes(16)  # expect: insecure-random
    return salt


def request_nonce():
    nonce = random.getrandbits(64)  # expect: insecure-random
    return f"{nonce:016x}"
