"""arq worker: nightly reminder fan-out, sent concurrently."""
import asyncio

from arq.connections import RedisSettings

from .members import due_renewals
from .mailer import render_reminder


async def _send_one(http, member, day: str) -> bool:
    body = render_reminder(member, day)
    response = await http.post("/v3/messages", json={"to": member.email, "html": body})
    return response.status_code < 300


async def send_renewal_reminders(ctx: dict, day: str) -> int:
    http = ctx["http"]
    members = await due_renewals(day)
    results = await asyncio.gather(*(_send_one(http, member, day) for member in members))
    return sum(1 for ok in results if ok)


class WorkerSettings:
    functions = [send_renewal_reminders]
    redis_settings = RedisSettings(host="redis", database=2)
