"""Tortoise ORM service behind a line-based TCP protocol: raw queries for stock moves."""
import asyncio
import json

from tortoise import Tortoise, connections


class MoveQuery:
    def __init__(self, request):
        self.warehouse = request["warehouse"]
        self.skus = request.get("skus", [])

    def sql(self):
        skus = ", ".join(f"'{sku}'" for sku in self.skus)
        return (
            "SELECT sku, SUM(qty) AS qty FROM stock_moves "
            f"WHERE warehouse = '{self.warehouse}' AND sku IN ({skus}) GROUP BY sku"
        )


async def handle(reader, writer):
    request = json.loads(await reader.readline())
    conn = connections.get("default")
    rows = await conn.execute_query_dict(MoveQuery(request).sql())  # expect: sql-injection
    if request.get("note"):
        await conn.execute_script(f"INSERT INTO move_notes (warehouse, note) VALUES ('{request['warehouse']}', '{request['note']}')")  # expect: sql-injection
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
