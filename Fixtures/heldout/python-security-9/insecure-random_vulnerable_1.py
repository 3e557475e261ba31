import random
import string
import time

import rpyc
from rpyc.utils.server import ThreadedServer

from .store import save_invite

ALPHABET = string.ascii_uppercase + string.digits


class InviteService(rpyc.Service):
    def exposed_issue_invite(self, team, email):
        code = "".join(random.sample(ALPHABET, 10))  # expect: insecure-random
        save_invite(team=team, email=email, code=code, expires=time.time() + 86400)
        return code

    def exposed_reset_pin(self, member_id):
        pin = str(random.randint(100000, 999999))  # expect: insecure-random
        save_invite(team=None, email=member_id, code=pin, expires=time.time() + 600)
        return pin


if __name__ == "__main__":
    ThreadedServer(InviteService, port=18861).start()
