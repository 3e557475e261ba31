"""Typer CLI for issuing invite codes and service keys with the secrets module."""
import secrets
import string

import typer

from .keystore import store_invites, store_key

app = typer.Typer()

INVITE_ALPHABET = string.ascii_uppercase + string.digits


def invite_code(length: int = 10) -> str:
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(length))


@app.command()
def invites(count: int = 10):
    codes = [invite_code() for _ in range(count)]
    store_invites(codes)
    typer.echo("\n".join(codes))


@app.command()
def service_key(service: str):
    key = "sk_" + secrets.token_urlsafe(32)
    store_key(service, key)
    typer.echo(key)


if __name__ == "__main__":
    app()
