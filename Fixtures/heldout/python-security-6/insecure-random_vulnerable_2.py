"""Strawberry GraphQL mutations for team invitations."""
import random
import time

import strawberry

from .invites import save_invite


class InviteTokens:
    def __init__(self):
        self._rng = random.Random(int(time.time()))

    def new(self):
        return "%032x" % self._rng.getrandbits(128)  # expect: insecure-random


TOKENS = InviteTokens()


@strawberry.type
class Invite:
    email: str
    token: str
    short_code: str


@strawberry.type
class Mutation:
    @strawberry.mutation
    def invite(self, email: str) -> Invite:
        token = TOKENS.new()
        short_code = str(random.randint(100000, 999999))  # expect: insecure-random
        save_invite(email, token, short_code)
        return Invite(email=email, token=token, short_code=short_code)
