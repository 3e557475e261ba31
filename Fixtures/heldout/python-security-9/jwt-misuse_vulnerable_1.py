import jwt
import rpyc
from rpyc.utils.server import ThreadedServer

from .ledger import balance_for, transfer


def caller_claims(token):
    header = jwt.get_unverified_header(token)
    if header.get("typ") != "JWT":
        raise PermissionError("not a token")
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-misuse


class LedgerService(rpyc.Service):
    def exposed_balance(self, token):
        claims = caller_claims(token)
        return balance_for(claims["sub"])

    def exposed_transfer(self, token, to_account, cents):
        claims = caller_claims(token)
        if "transfer" not in claims.get("scope", "").split():
            raise PermissionError("missing scope")
        return transfer(claims["sub"], to_account, int(cents))


if __name__ == "__main__":
    ThreadedServer(LedgerService, port=18870, protocol_config={"allow_public_attrs": False}).start()
