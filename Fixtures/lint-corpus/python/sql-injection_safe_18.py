"""The same TCP service with bound parameters."""
import asyncio
import json

import aiosqlite


async def serve_client(reader, writer):
    async with aiosqlite.connect("stock.db") as db:
        while line := await reader.readline():
            request = json.loads(line)
            cursor = await db.execute("SELECT sku, qty FROM stock WHERE site = ?", (request["site"],))
            rows = await cursor.fetchall()
            writer.write(json.dumps(rows).encode() + b"\n")
            await writer.drain()


async def main():
    server = await asyncio.start_server(serve_client, "127.0.0.1", 7070)
    async with server:
        await server.serve_forever()
