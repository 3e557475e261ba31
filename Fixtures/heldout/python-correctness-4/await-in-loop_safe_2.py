"""Asyncio ingest worker: consumes a queue and tails a websocket feed."""
import asyncio
import json

import websockets


async def worker(queue: asyncio.Queue, store) -> None:
    while True:
        job = await queue.get()
        try:
            await store.save(job)
        finally:
            queue.task_done()


async def tail_feed(url: str, queue: asyncio.Queue) -> None:
    async with websockets.connect(url) as ws:
        async for message in ws:
            await queue.put(json.loads(message))


async def main(url: str, store, workers: int = 4) -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=1000)
    tasks = [asyncio.create_task(worker(queue, store)) for _ in range(workers)]
    await tail_feed(url, queue)
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
