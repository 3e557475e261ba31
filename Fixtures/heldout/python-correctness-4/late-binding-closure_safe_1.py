"""Asyncio service: schedule retries for failed webhook deliveries."""
import asyncio
import functools


class RetryScheduler:
    def __init__(self, deliver, base_delay: float = 2.0):
        self.deliver = deliver
        self.base_delay = base_delay
        self.handles: list[asyncio.TimerHandle] = []

    def _fire(self, hook: dict) -> None:
        asyncio.ensure_future(self.deliver(hook))

    def schedule(self, failed: list[dict]) -> None:
        loop = asyncio.get_running_loop()
        for attempt, hook in enumerate(failed, start=1):
            handle = loop.call_later(self.base_delay * attempt, functools.partial(self._fire, hook))
            self.handles.append(handle)


def make_check(name: str):
    def check(payload: dict) -> bool:
        return bool(payload.get(name))
    return check


def make_validators(fields: list[str]):
    return [make_check(name) for name in fields]


def by_priority(hooks: list[dict], keys: list[str]) -> list[list[dict]]:
    ordered = []
    for key in keys:
        ordered.append(sorted(hooks, key=lambda h: h.get(key, 0)))
    return ordered
