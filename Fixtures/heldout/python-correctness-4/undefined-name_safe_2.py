"""Asyncio TCP chat server."""
import asyncio
import logging
import os

logger = logging.getLogger("chat")
connections = 0


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    global connections
    connections += 1
    peer = writer.get_extra_info("peername")
    try:
        while line := await reader.readline():
            writer.write(line)
            await writer.drain()
    except ConnectionResetError as exc:
        logger.warning("client %s went away: %s", peer, exc)
    finally:
        writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle, "0.0.0.0", int(os.environ.get("CHAT_PORT", "8888")))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
