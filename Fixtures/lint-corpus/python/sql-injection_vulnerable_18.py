"""A line-based TCP service: each line is a JSON request from whoever connects."""
import asyncio
import json

import aiosqlite


class StockQuery:
    def __init__(self, request):
        self.site = request["site"]

    def sql(self):
        return f"SELECT sku, qty FROM stock WHERE site = '{self.site}'"


async def serve_client(reader, writer):
    async with aiosqlite.connect("stock.db") as db:
        while line := await reader.readline():
            request = json.loads(line)
            cursor = await db.execute(StockQuery(request).sql())  # expect: sql-injection
            rows = await cursor.fetchall()
            await db.executescript(f"UPDATE seen SET last = '{request['site']}';")  # expect: sql-injection
            writer.write(json.dumps(rows).encode() + b"\n")
            await writer.drain()


async def main():
    server = await asyncio.start_server(serve_client, "127.0.0.1", 7070)
    async with server:
        await server.serve_forever()
