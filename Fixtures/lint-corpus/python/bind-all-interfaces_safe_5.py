import asyncio
import os

from aiohttp import web


async def handle(reader, writer):
    writer.write(await reader.read(100))
    await writer.drain()
    writer.close()


async def main(app):
    server = await asyncio.start_server(handle, "127.0.0.1", 8888)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, os.environ.get("BIND_HOST", "localhost"), 8080)
    await site.start()
    async with server:
        await server.serve_forever()
