"""websockets log tailer: services from an allow-list, files resolved inside the log root."""
import asyncio
import json
from pathlib import Path

import aiofiles
import websockets

LOGS = Path("/var/log/fleet").resolve()
SERVICES = {"api", "worker", "scheduler"}


class TailRequest:
    def __init__(self, message):
        data = json.loads(message)
        if data["service"] not in SERVICES:
            raise ValueError("unknown service")
        self.service = data["service"]
        self.file = Path(data.get("file", "current.log")).name


async def tail(websocket):
    async for message in websocket:
        request = TailRequest(message)
        target = (LOGS / request.service / request.file).resolve()
        if not target.is_relative_to(LOGS / request.service):
            await websocket.send("refused")
            continue
        async with aiofiles.open(target, "r") as handle:
            lines = await handle.readlines()
        await websocket.send("".join(lines[-200:]))


async def main():
    async with websockets.serve(tail, "127.0.0.1", 8800):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
