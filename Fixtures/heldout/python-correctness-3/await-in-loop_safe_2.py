import asyncio

import httpx


async def all_repos(client: httpx.AsyncClient, org):
    repos = []
    url = f"https://api.github.com/orgs/{org}/repos?per_page=100"
    while url:
        resp = await client.get(url)
        resp.raise_for_status()
        repos.extend(resp.json())
        url = resp.links.get("next", {}).get("url")
    return repos


async def worker(queue: asyncio.Queue, results):
    while True:
        job = await queue.get()
        try:
            results.append(job())
        finally:
            queue.task_done()


async def read_events(stream):
    async for event in stream:
        print(event)
