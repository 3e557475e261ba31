from quart import Quart, websocket

app = Quart(__name__)


class Lobby:
    def __init__(self, name: str) -> None:
        self.name = name
        self.players: dict[str, object] = {}

    async def announce(self, text: str) -> None:
        for nick, sock in self.players.items():
            await sock.send_json({"lobby": self.name, "to": nick, "text": text})  # expect: await-in-loop

    async def kick_idle(self, idle: list[str]) -> None:
        for nick in idle:
            sock = self.players.pop(nick)
            await sock.close(1000)  # expect: await-in-loop


lobby = Lobby("main")


@app.websocket("/ws/<nick>")
async def join(nick: str) -> None:
    lobby.players[nick] = websocket._get_current_object()
    await lobby.announce(f"{nick} joined")
    message = await websocket.receive_json()
    if message.get("leave"):
        await lobby.kick_idle([nick])
