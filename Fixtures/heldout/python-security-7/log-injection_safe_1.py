"""websockets chat relay; logged values are checked or encoded first."""
import asyncio
import json
import re

import structlog
import websockets

log = structlog.get_logger("relay")
CLIENTS = set()
NICKNAME = re.compile(r"[A-Za-z0-9_]{1,20}")


async def relay(websocket):
    nickname = websocket.request.headers.get("X-Nickname", "anon")
    if not NICKNAME.fullmatch(nickname):
        nickname = "anon"
    log.info(f"joined: {nickname}")
    CLIENTS.add(websocket)
    try:
        async for raw in websocket:
            message = json.loads(raw)
            text = message.get("text", "")
            log.info("message from " + nickname + ": " + json.dumps(text))
            websockets.broadcast(CLIENTS, json.dumps({"from": nickname, "text": text}))
    finally:
        CLIENTS.discard(websocket)


async def main():
    async with websockets.serve(relay, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
