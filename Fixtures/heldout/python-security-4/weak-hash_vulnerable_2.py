"""Typer CLI that provisions operator accounts in the MySQL user table."""
import getpass
import hashlib
import os

import pymysql
import typer

app = typer.Typer()


def digest(password: str) -> str:
    h = hashlib.new("sha1")  # expect: weak-hash
    h.update(password.encode())
    return h.hexdigest()


@app.command()
def add_operator(login: str):
    password = getpass.getpass("Password: ")
    conn = pymysql.connect(
        host=os.environ["OPS_DB_HOST"],
        user=os.environ["OPS_DB_USER"],
        password=os.environ["OPS_DB_PASSWORD"],
        database="ops",
    )
    try:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO operators (login, password_sha1) VALUES (%s, %s)", (login, digest(password)))
        conn.commit()
    finally:
        conn.close()
    typer.echo(f"operator {login} added")


if __name__ == "__main__":
    app()
