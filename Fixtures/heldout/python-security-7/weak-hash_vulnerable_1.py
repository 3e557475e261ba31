"""Pyro5 account service for the legacy arcade machines."""
import os

import Pyro5.api
from Crypto.Hash import MD5

from .accounts import AccountStore


def _digest(password, salt):
    h = MD5.new()  # expect: weak-hash
    h.update(salt + password.encode("utf-8"))
    return h.hexdigest()


@Pyro5.api.expose
class Accounts:
    def __init__(self):
        self.store = AccountStore(os.environ["ARCADE_DB"])

    def register(self, name, password):
        salt = os.urandom(8)
        self.store.insert(name, salt, _digest(password, salt))

    def login(self, name, password):
        row = self.store.find(name)
        return row is not None and _digest(password, row.salt) == row.digest
