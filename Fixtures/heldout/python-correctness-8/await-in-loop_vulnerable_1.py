"""arq worker: nightly reminder fan-out."""
from arq.connections import RedisSettings

from .members import due_renewals
from .mailer import render_reminder


async def send_renewal_reminders(ctx: dict, day: str) -> int:
    http = ctx["http"]
    members = await due_renewals(day)
    sent = 0
    for member in members:
        body = render_reminder(member, day)
        response = await http.post("/v3/messages", json={"to": member.email, "html": body})  # expect: await-in-loop
        if response.status_code < 300:
            sent += 1
    return sent


async def startup(ctx: dict) -> None:
    import httpx

    ctx["http"] = httpx.AsyncClient(base_url="https://mail.internal")


class WorkerSettings:
    functions = [send_renewal_reminders]
    on_startup = startup
    redis_settings = RedisSettings(host="redis", database=2)
