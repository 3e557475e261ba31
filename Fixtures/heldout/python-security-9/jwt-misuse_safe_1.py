import os

import jwt
import rpyc
from rpyc.utils.server import ThreadedServer

from .ledger import balance_for, transfer

with open(os.environ["LEDGER_JWT_PUBLIC_KEY"], "rb") as handle:
    PUBLIC_KEY = handle.read()


def caller_claims(token):
    return jwt.decode(
        token,
        PUBLIC_KEY,
        algorithms=["ES256"],
        audience="ledger",
        options={"require": ["exp", "sub", "aud"]},
    )


class LedgerService(rpyc.Service):
    def exposed_balance(self, token):
        return balance_for(caller_claims(token)["sub"])

    def exposed_transfer(self, token, to_account, cents):
        claims = caller_claims(token)
        if "transfer" not in claims.get("scope", "").split():
            raise PermissionError("missing scope")
        return transfer(claims["sub"], to_account, int(cents))


if __name__ == "__main__":
    ThreadedServer(LedgerService, port=18870).start()
