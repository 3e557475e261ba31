"""web.py sign-up for the allotment society; members log in with these hashes."""
import hashlib
import os

import web

from .members import save_member

urls = ("/signup", "Signup")
app = web.application(urls, globals())


def _password_digest(password, salt):
    return hashlib.sha1(salt + password.encode("utf-8")).hexdigest()  # expect: weak-hash


class Signup:
    def POST(self):
        form = web.input(email="", password="")
        salt = os.urandom(16)
        save_member(form.email, salt.hex(), _password_digest(form.password, salt))
        raise web.seeother("/welcome")
