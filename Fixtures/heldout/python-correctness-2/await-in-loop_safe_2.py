import asyncio


async def consume(queue, handler):
    while True:
        job = await queue.get()
        try:
            await handler(job)
        finally:
            queue.task_done()


async def tail(reader):
    lines = []
    async for line in reader:
        lines.append(line.decode().rstrip())
    return lines


async def retry(fetch, attempts=3):
    for attempt in range(attempts):
        try:
            return await fetch()
        except ConnectionError:
            await asyncio.sleep(2 ** attempt)
    raise ConnectionError("gave up")
