"""Strawberry GraphQL mutations for team invitations; the welcome banner is picked at random."""
import random
import secrets

import strawberry

from .invites import save_invite

BANNERS = ["rocket.svg", "balloon.svg", "wave.svg"]


@strawberry.type
class Invite:
    email: str
    token: str
    banner: str


@strawberry.type
class Mutation:
    @strawberry.mutation
    def invite(self, email: str) -> Invite:
        token = secrets.token_urlsafe(32)
        banner = random.choice(BANNERS)
        save_invite(email, token, banner)
        return Invite(email=email, token=token, banner=banner)
