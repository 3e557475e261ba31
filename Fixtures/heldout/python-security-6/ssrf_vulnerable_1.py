"""Strawberry GraphQL mutation that registers a webhook and sends a test ping (httpx)."""
import httpx
import strawberry

from .hooks import save_hook


class Webhook:
    def __init__(self, url: str, secret_name: str):
        self.url = url
        self.secret_name = secret_name

    async def ping(self) -> int:
        async with httpx.AsyncClient(timeout=5) as client:
            reply = await client.post(self.url, json={"event": "ping"})  # expect: ssrf
        return reply.status_code


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def register_webhook(self, url: str, secret_name: str) -> int:
        hook = Webhook(url, secret_name)
        save_hook(hook.url, hook.secret_name)
        return await hook.ping()
