"""websockets log tailer: the operator console asks for a service's log file."""
import asyncio
import json
from pathlib import Path

import aiofiles
import websockets

LOGS = Path("/var/log/fleet")


class TailRequest:
    def __init__(self, message):
        data = json.loads(message)
        self.service = data["service"]
        self.file = data.get("file", "current.log")


async def tail(websocket):
    async for message in websocket:
        request = TailRequest(message)
        target = LOGS / request.service / request.file
        async with aiofiles.open(target, "r") as handle:  # expect: path-traversal
            lines = await handle.readlines()
        await websocket.send("".join(lines[-200:]))
        if request.file.endswith(".old"):
            (LOGS / request.service).joinpath(request.file).unlink()  # expect: path-traversal


async def main():
    async with websockets.serve(tail, "127.0.0.1", 8800):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
