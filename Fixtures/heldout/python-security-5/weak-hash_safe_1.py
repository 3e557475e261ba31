"""Click CLI for the member database with scrypt passwords and SHA-256 token digests."""
import hashlib
import secrets

import click

from .db import insert_member, insert_token


def password_digest(password, salt):
    return hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=2 ** 14, r=8, p=1).hex()


def token_digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


@click.group()
def cli():
    pass


@cli.command()
@click.argument("email")
@click.password_option()
def add(email, password):
    salt = secrets.token_hex(16)
    insert_member(email, salt, password_digest(password, salt))


@cli.command()
@click.argument("email")
def token(email):
    raw = secrets.token_urlsafe(32)
    insert_token(email, token_digest(raw))
    click.echo(raw)
