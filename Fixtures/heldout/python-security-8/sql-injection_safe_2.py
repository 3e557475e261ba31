"""Tortoise ORM service behind a line-based TCP protocol: raw queries for stock moves."""
import asyncio
import json

from tortoise import Tortoise, connections


class MoveQuery:
    def __init__(self, request):
        self.warehouse = str(request["warehouse"])
        self.skus = [str(sku) for sku in request.get("skus", [])][:200]

    def sql(self):
        placeholders = ", ".join(f"${n}" for n in range(2, len(self.skus) + 2))
        return (
            "SELECT sku, SUM(qty) AS qty FROM stock_moves "
            f"WHERE warehouse = $1 AND sku IN ({placeholders}) GROUP BY sku"
        )

    def values(self):
        return [self.warehouse, *self.skus]


async def handle(reader, writer):
    request = json.loads(await reader.readline())
    conn = connections.get("default")
    query = MoveQuery(request)
    rows = await conn.execute_query_dict(query.sql(), query.values()) if query.skus else []
    if request.get("note"):
        await conn.execute_query("INSERT INTO move_notes (warehouse, note) VALUES ($1, $2)", [query.warehouse, str(request["note"])])
    writer.write(json.dumps(rows, default=str).encode() + b"\n")
    await writer.drain()
    writer.close()


async def main():
    await Tortoise.init(db_url="postgres://stock@localhost/stock", modules={"models": ["stock.models"]})
    server = await asyncio.start_server(handle, "0.0.0.0", 7400)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
