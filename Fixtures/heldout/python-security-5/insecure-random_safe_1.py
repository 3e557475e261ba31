"""Click CLI that creates accounts; first password and PIN come from secrets."""
import secrets
import string

import click

from .directory import create_account, send_welcome

ALPHABET = string.ascii_letters + string.digits


def first_password(length=12):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


@click.command()
@click.argument("email")
@click.option("--phone", required=True)
def onboard(email, phone):
    initial = first_password()
    pin = 100000 + secrets.randbelow(900000)
    create_account(email, password=initial, must_change=True)
    send_welcome(email, phone, initial, pin)
    click.echo(f"created {email}")
