import asyncio

from quart import Quart, websocket

app = Quart(__name__)


class Lobby:
    def __init__(self, name: str) -> None:
        self.name = name
        self.players: dict[str, object] = {}

    async def announce(self, text: str) -> None:
        async with asyncio.TaskGroup() as group:
            for nick, sock in self.players.items():
                group.create_task(sock.send_json({"lobby": self.name, "to": nick, "text": text}))

    async def kick_idle(self, idle: list[str]) -> None:
        socks = [self.players.pop(nick) for nick in idle]
        await asyncio.gather(*(sock.close(1000) for sock in socks))


lobby = Lobby("main")


@app.websocket("/ws/<nick>")
async def join(nick: str) -> None:
    lobby.players[nick] = websocket._get_current_object()
    await lobby.announce(f"{nick} joined")
