"""Refresh cached dashboards for every Grafana folder via the HTTP API (httpx async client)."""
import asyncio

import httpx

GRAFANA = "https://grafana.internal"


async def fetch_dashboard(client, uid):
    response = await client.get(f"{GRAFANA}/api/dashboards/uid/{uid}")
    response.raise_for_status()
    return response.json()["dashboard"]


async def snapshot_folder(client, folder_uids):
    snapshots = {}
    for uid in folder_uids:
        snapshots[uid] = await fetch_dashboard(client, uid)  # expect: await-in-loop
    return snapshots


async def main(uids):
    async with httpx.AsyncClient(timeout=10) as client:
        result = await snapshot_folder(client, uids)
    print(f"refreshed {len(result)} dashboards")


if __name__ == "__main__":
    asyncio.run(main(["ops-overview", "api-latency", "billing"]))
