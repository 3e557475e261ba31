"""Refresh cached dashboards for every Grafana folder, concurrently (httpx async client)."""
import asyncio

import httpx

GRAFANA = "https://grafana.internal"
LIMIT = asyncio.Semaphore(4)


async def fetch_dashboard(client, uid):
    async with LIMIT:
        response = await client.get(f"{GRAFANA}/api/dashboards/uid/{uid}")
    response.raise_for_status()
    return uid, response.json()["dashboard"]


async def snapshot_folder(client, folder_uids):
    pairs = await asyncio.gather(*(fetch_dashboard(client, uid) for uid in folder_uids))
    return dict(pairs)


async def main(uids):
    async with httpx.AsyncClient(timeout=10) as client:
        result = await snapshot_folder(client, uids)
    print(f"refreshed {len(result)} dashboards")


if __name__ == "__main__":
    asyncio.run(main(["ops-overview", "api-latency", "billing"]))
