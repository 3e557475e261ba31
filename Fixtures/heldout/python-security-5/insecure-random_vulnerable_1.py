"""Click CLI the help desk uses to create accounts with a first password and a PIN."""
import random
import string

import click

from .directory import create_account, send_welcome

ALPHABET = string.ascii_letters + string.digits


def first_password(length=12):
    return "".join(random.choice(ALPHABET) for _ in range(length))  # expect: insecure-random


@click.command()
@click.argument("email")
@click.option("--phone", required=True)
def onboard(email, phone):
    initial = first_password()
    pin = random.randint(100000, 999999)  # expect: insecure-random
    create_account(email, password=initial, must_change=True)
    send_welcome(email, phone, initial, pin)
    click.echo(f"created {email}")
