"""Asyncio TCP chat server."""
import asyncio

clients: set[asyncio.StreamWriter] = set()


async def broadcast(message: bytes, sender: asyncio.StreamWriter) -> None:
    targets = [w for w in clients if w is not sender]
    for writer in targets:
        writer.write(message)
    await asyncio.gather(*(w.drain() for w in targets), return_exceptions=True)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    clients.add(writer)
    peer = writer.get_extra_info("peername")
    try:
        while line := await reader.readline():
            await broadcast(f"{peer[0]}: ".encode() + line, writer)
    except ConnectionResetError:
        logger.warning("client %s went away", peer)  # expect: undefined-name
    finally:
        clients.discard(writer)
        writer.close()


async def main(host: str = "0.0.0.0", port: int = 8888) -> None:
    server = await asyncio.start_server(handle, host, port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(port=int(os.environ.get("CHAT_PORT", "8888"))))  # expect: undefined-name
