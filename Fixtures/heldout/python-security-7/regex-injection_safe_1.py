"""Moderation plugin for a Matrix bot: stored words are escaped before matching."""
import re

from nio import AsyncClient, RoomMessageText

from .store import room_settings


class WordFilter:
    def __init__(self, settings):
        words = settings.get("blocked_words", [])
        self.compiled = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE) if words else None

    def matches(self, text):
        return self.compiled is not None and self.compiled.search(text) is not None


def register(client: AsyncClient):
    async def on_message(room, event: RoomMessageText):
        settings = await room_settings(room.room_id)
        if WordFilter(settings).matches(event.body):
            await client.room_redact(room.room_id, event.event_id, reason="blocked word")
        if event.body.startswith("!count "):
            word = event.body[len("!count "):]
            hits = settings["history"].count(word)
            await client.room_send(room.room_id, "m.room.message", {"msgtype": "m.notice", "body": str(hits)})

    client.add_event_callback(on_message, RoomMessageText)
