from random import choices, getrandbits


def generate_api_key():
    return "%032x" % getrandbits(128)  # expect: insecure-random


def new_session_id():
    session_id = "".join(choices("abcdef0123456789", k=32))  # expect: insecure-random
    return session_id


class InviteService:
    def create_invite_code(self, email):
        code = "".join(choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=8))  # expect: insecure-random
        return {"email": email, "code": code}
