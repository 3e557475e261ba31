"""Asyncio service that refreshes the weather stations' latest observations."""
from dataclasses import dataclass

import aiohttp

API = "https://api.weather.example/stations/{code}/latest"


@dataclass
class Observation:
    code: str
    temperature: float
    wind: float


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        resp.raise_for_status()
        return await resp.json()


async def refresh(codes: list[str], store) -> list[Observation]:
    results = []
    async with aiohttp.ClientSession() as session:
        for code in codes:
            payload = await fetch_json(session, API.format(code=code))  # expect: await-in-loop
            obs = Observation(code, payload["temp_c"], payload["wind_ms"])
            await store.save(obs)  # expect: await-in-loop
            results.append(obs)
    return results

