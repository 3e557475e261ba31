"""Pyro5 account service for the legacy arcade machines, with scrypt digests."""
import hashlib
import hmac
import os

import Pyro5.api

from .accounts import AccountStore


def _digest(password, salt):
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1).hex()


@Pyro5.api.expose
class Accounts:
    def __init__(self):
        self.store = AccountStore(os.environ["ARCADE_DB"])

    def register(self, name, password):
        salt = os.urandom(16)
        self.store.insert(name, salt, _digest(password, salt))

    def login(self, name, password):
        row = self.store.find(name)
        return row is not None and hmac.compare_digest(_digest(password, row.salt), row.digest)
