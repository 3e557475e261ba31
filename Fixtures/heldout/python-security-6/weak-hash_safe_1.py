"""web.py sign-up for the allotment society; members log in with these hashes."""
import hashlib
import os

import web

from .members import save_member

urls = ("/signup", "Signup")
app = web.application(urls, globals())


def _password_digest(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000).hex()


class Signup:
    def POST(self):
        form = web.input(email="", password="")
        salt = os.urandom(16)
        save_member(form.email, salt.hex(), _password_digest(form.password, salt))
        raise web.seeother("/welcome")
