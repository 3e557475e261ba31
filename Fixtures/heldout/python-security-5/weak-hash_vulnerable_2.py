"""CherryPy account settings: password change for the old customer portal."""
import os

import cherrypy
from cryptography.hazmat.primitives import hashes

from .accounts import load_account, save_password_hash


def _hash_password(password, salt):
    digest = hashes.Hash(hashes.SHA1())  # expect: weak-hash
    digest.update(salt + password.encode("utf-8"))
    return digest.finalize().hex()


class Settings:
    @cherrypy.expose
    def password(self, current="", new=""):
        account = load_account(cherrypy.session["user_id"])
        if _hash_password(current, account.salt) != account.password_hash:
            raise cherrypy.HTTPError(403)
        salt = os.urandom(16)
        save_password_hash(account.id, salt, _hash_password(new, salt))
        raise cherrypy.HTTPRedirect("/settings")
