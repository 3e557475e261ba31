"""Typer CLI for the warehouse team: bulk-close shipments by id."""
import os

import pymysql
import typer

app = typer.Typer()


def connect():
    return pymysql.connect(
        host=os.environ.get("WMS_DB_HOST", "localhost"),
        user=os.environ["WMS_DB_USER"],
        password=os.environ["WMS_DB_PASSWORD"],
        database="wms",
    )


@app.command()
def close(ids: list[str], reason: str = typer.Option("delivered")):
    """Close the given shipments."""
    numeric = []
    for raw in ids:
        if not raw.isdigit():
            raise typer.BadParameter(f"not a shipment id: {raw}")
        numeric.append(int(raw))
    placeholders = ", ".join(["%s"] * len(numeric))
    sql = f"UPDATE shipments SET state = 'closed', close_reason = %s WHERE id IN ({placeholders})"
    conn = connect()
    try:
        with conn.cursor() as cur:
            count = cur.execute(sql, [reason, *numeric])
        conn.commit()
    finally:
        conn.close()
    typer.echo(f"closed {count} shipments")


@app.command()
def find(carrier: str):
    conn = connect()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id, state FROM shipments WHERE carrier = %s ORDER BY id", (carrier,))
            for row in cur.fetchall():
                typer.echo(f"{row[0]}\t{row[1]}")
    finally:
        conn.close()


if __name__ == "__main__":
    app()
