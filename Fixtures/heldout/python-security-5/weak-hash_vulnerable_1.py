"""Click CLI for the legacy member database: add members and issue API tokens."""
import hashlib
import secrets

import click
from Crypto.Hash import SHA1

from .db import insert_member, insert_token


def password_digest(password, salt):
    return hashlib.md5((salt + password).encode("utf-8")).hexdigest()  # expect: weak-hash


def token_digest(token):
    h = SHA1.new()  # expect: weak-hash
    h.update(token.encode())
    return h.hexdigest()


@click.group()
def cli():
    pass


@cli.command()
@click.argument("email")
@click.password_option()
def add(email, password):
    salt = secrets.token_hex(8)
    insert_member(email, salt, password_digest(password, salt))


@cli.command()
@click.argument("email")
def token(email):
    raw = secrets.token_urlsafe(32)
    insert_token(email, token_digest(raw))
    click.echo(raw)
