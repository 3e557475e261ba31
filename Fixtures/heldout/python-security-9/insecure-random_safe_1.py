import secrets
import string
import time

import rpyc
from rpyc.utils.server import ThreadedServer

from .store import save_invite

ALPHABET = string.ascii_uppercase + string.digits


class InviteService(rpyc.Service):
    def exposed_issue_invite(self, team, email):
        code = "".join(secrets.choice(ALPHABET) for _ in range(10))
        save_invite(team=team, email=email, code=code, expires=time.time() + 86400)
        return code

    def exposed_reset_pin(self, member_id):
        pin = f"{secrets.randbelow(1_000_000):06d}"
        save_invite(team=None, email=member_id, code=pin, expires=time.time() + 600)
        return pin


if __name__ == "__main__":
    ThreadedServer(InviteService, port=18861).start()
