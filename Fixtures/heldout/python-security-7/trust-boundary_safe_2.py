"""Django Channels consumer for the support chat; identity comes from the authenticated user."""
import json

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from .billing import plan_for


class SupportConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        message = json.loads(text_data)
        session = self.scope["session"]
        user = self.scope["user"]
        if message.get("type") == "identify" and user.is_authenticated:
            session["customer_id"] = user.pk
            session["plan"] = await database_sync_to_async(plan_for)(user.pk)
            await database_sync_to_async(session.save)()
        await self.send(text_data=json.dumps({"ok": True}))
