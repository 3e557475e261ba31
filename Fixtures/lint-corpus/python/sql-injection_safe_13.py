"""The same inventory API with placeholders and typed, converted parameters."""
import sqlite3

from litestar import get

DB = "inventory.db"
ORDER = {"name": "name", "price": "price"}


@get("/items")
async def list_items(category: str, sort: str = "name") -> list:
    conn = sqlite3.connect(DB)
    sql = "SELECT id, name FROM items WHERE category = ? ORDER BY " + ORDER.get(sort, "name")
    return conn.execute(sql, (category,)).fetchall()


@get("/items/{item_id:int}")
async def one_item(item_id: int) -> list:
    conn = sqlite3.connect(DB)
    return conn.execute("SELECT * FROM items WHERE id = %d" % item_id).fetchall()


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    conn = sqlite3.connect(DB)
    rows = conn.execute("SELECT id FROM items WHERE owner = ?", (params.get("owner"),)).fetchall()
    return {"statusCode": 200, "body": str(rows)}
