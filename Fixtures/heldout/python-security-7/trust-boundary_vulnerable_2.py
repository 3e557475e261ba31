"""Django Channels consumer for the support chat; the session follows the socket."""
import json

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer


class SupportConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        message = json.loads(text_data)
        session = self.scope["session"]
        if message.get("type") == "identify":
            session["customer_id"] = message["customer_id"]  # expect: trust-boundary
            session["plan"] = message.get("plan", "free")  # expect: trust-boundary
            await database_sync_to_async(session.save)()
        await self.send(text_data=json.dumps({"ok": True}))
