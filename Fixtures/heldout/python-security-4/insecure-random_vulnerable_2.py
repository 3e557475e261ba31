"""Typer CLI the platform team uses to mint service API keys."""
import random
import time

import typer

from .keystore import store_key

app = typer.Typer(help="Service API key tooling")


class KeyMinter:
    def __init__(self, prefix: str):
        self.prefix = prefix
        self.rng = random.Random(time.time_ns())

    def mint(self) -> str:
        body = "%032x" % self.rng.getrandbits(128)  # expect: insecure-random
        return f"{self.prefix}_{body}"


@app.command()
def create(service: str, env: str = "prod"):
    minter = KeyMinter(f"sk_{env}")
    key = minter.mint()
    store_key(service, key)
    typer.echo(f"created key for {service}; shown once: {key}")


@app.command()
def rotate_webhook_secret(service: str):
    secret = "".join(random.sample("abcdefghijklmnopqrstuvwxyz0123456789", 24))  # expect: insecure-random
    store_key(service + ":webhook", secret)
    typer.echo("webhook secret rotated")


if __name__ == "__main__":
    app()
