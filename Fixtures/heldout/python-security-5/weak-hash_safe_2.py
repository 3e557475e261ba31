"""CherryPy portal: argon2 passwords; MD5 only as a non-security ETag."""
import hashlib

import cherrypy
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from .accounts import load_account, save_password_hash
from .assets import read_asset

hasher = PasswordHasher()


class Settings:
    @cherrypy.expose
    def password(self, current="", new=""):
        account = load_account(cherrypy.session["user_id"])
        try:
            hasher.verify(account.password_hash, current)
        except VerifyMismatchError:
            raise cherrypy.HTTPError(403) from None
        save_password_hash(account.id, None, hasher.hash(new))
        raise cherrypy.HTTPRedirect("/settings")

    @cherrypy.expose
    def asset(self, name="app.css"):
        data = read_asset(name)
        cherrypy.response.headers["ETag"] = hashlib.md5(data, usedforsecurity=False).hexdigest()
        return data
