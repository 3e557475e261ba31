"""Inventory API: a Litestar-style handler under a bare route decorator, and an API Gateway Lambda."""
import sqlite3

from litestar import get

DB = "inventory.db"


@get("/items")
async def list_items(category: str, sort: str = "name") -> list:
    conn = sqlite3.connect(DB)
    sql = "SELECT id, name FROM items WHERE category = '" + category + "' ORDER BY " + sort
    return conn.execute(sql).fetchall()  # expect: sql-injection


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    conn = sqlite3.connect(DB)
    rows = conn.execute(f"SELECT id FROM items WHERE owner = '{params.get('owner')}'").fetchall()  # expect: sql-injection
    return {"statusCode": 200, "body": str(rows)}
