"""Typer CLI that syncs contacts to the CRM; credentials come from the environment or a prompt."""
import os

import httpx
import typer

app = typer.Typer()

CRM_TOKEN_ENV = "CRM_API_TOKEN"
TOKEN_HEADER = "X-Api-Token"
PASSWORD_PROMPT = "CRM password"
TOKEN_URL = "https://crm.example.com/oauth/token"


def token() -> str:
    value = os.environ.get(CRM_TOKEN_ENV)
    if value:
        return value
    user = typer.prompt("CRM user")
    password = typer.prompt(PASSWORD_PROMPT, hide_input=True)
    resp = httpx.post(TOKEN_URL, data={"grant_type": "password", "username": user, "password": password})
    resp.raise_for_status()
    return resp.json()["access_token"]


@app.command()
def sync(segment: str = "all"):
    headers = {TOKEN_HEADER: token()}
    resp = httpx.post("https://crm.example.com/api/sync", json={"segment": segment}, headers=headers, timeout=30)
    resp.raise_for_status()
    typer.echo(f"synced {resp.json()['count']} contacts")


if __name__ == "__main__":
    app()
