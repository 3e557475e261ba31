"""Moderation plugin for a Matrix bot (matrix-nio): rooms store their own filters."""
import re

from nio import AsyncClient, RoomMessageText

from .store import room_settings


class WordFilter:
    def __init__(self, settings):
        self.pattern = settings["blocked_pattern"]
        self.flags = re.IGNORECASE if settings.get("ignore_case") else 0

    def matches(self, text):
        return re.search(self.pattern, text, self.flags) is not None  # expect: regex-injection


def register(client: AsyncClient):
    async def on_message(room, event: RoomMessageText):
        settings = await room_settings(room.room_id)
        if WordFilter(settings).matches(event.body):
            await client.room_redact(room.room_id, event.event_id, reason="blocked word")
        if event.body.startswith("!count "):
            word = event.body[len("!count "):]
            hits = len(re.findall(word, settings["history"]))  # expect: regex-injection
            await client.room_send(room.room_id, "m.room.message", {"msgtype": "m.notice", "body": str(hits)})

    client.add_event_callback(on_message, RoomMessageText)
