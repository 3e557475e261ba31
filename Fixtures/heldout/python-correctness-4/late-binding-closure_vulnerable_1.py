"""Asyncio service: schedule retries for failed webhook deliveries."""
import asyncio
import logging

log = logging.getLogger("webhooks")


class RetryScheduler:
    def __init__(self, deliver, base_delay: float = 2.0):
        self.deliver = deliver
        self.base_delay = base_delay
        self.handles: list[asyncio.TimerHandle] = []

    def schedule(self, failed: list[dict]) -> None:
        loop = asyncio.get_running_loop()
        for attempt, hook in enumerate(failed, start=1):
            delay = self.base_delay * attempt
            handle = loop.call_later(
                delay,
                lambda: asyncio.ensure_future(self.deliver(hook)),  # expect: late-binding-closure
            )
            self.handles.append(handle)
            log.info("retry of %s in %.1fs", hook["id"], delay)

    def cancel_all(self) -> None:
        for handle in self.handles:
            handle.cancel()
        self.handles.clear()


def make_validators(fields: list[str]):
    checks = []
    for name in fields:
        def check(payload: dict) -> bool:
            return bool(payload.get(name))  # expect: late-binding-closure
        checks.append(check)
    return checks
