"""websockets chat relay; every message is logged with structlog."""
import asyncio
import json

import structlog
import websockets

log = structlog.get_logger("relay")
CLIENTS = set()


async def relay(websocket):
    nickname = websocket.request.headers.get("X-Nickname", "anon")
    log.info(f"joined: {nickname}")  # expect: log-injection
    CLIENTS.add(websocket)
    try:
        async for raw in websocket:
            message = json.loads(raw)
            text = message.get("text", "")
            log.info("message from " + nickname + ": " + text)  # expect: log-injection
            websockets.broadcast(CLIENTS, json.dumps({"from": nickname, "text": text}))
    finally:
        CLIENTS.discard(websocket)


async def main():
    async with websockets.serve(relay, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
