import asyncio

from aiohttp import web


async def handle(reader, writer):
    writer.write(await reader.read(100))
    await writer.drain()
    writer.close()


async def main(app):
    server = await asyncio.start_server(handle, "0.0.0.0", 8888)  # expect: bind-all-interfaces
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "0.0.0.0", 8080)  # expect: bind-all-interfaces
    await site.start()
    async with server:
        await server.serve_forever()
