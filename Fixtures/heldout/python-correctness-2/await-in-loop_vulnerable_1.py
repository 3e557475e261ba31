import asyncio

import httpx

REPOS = ["python/cpython", "pallets/flask", "django/django", "encode/httpx"]


async def star_counts(repos):
    counts = {}
    async with httpx.AsyncClient(base_url="https://api.github.com", timeout=10) as client:
        for repo in repos:
            resp = await client.get(f"/repos/{repo}")  # expect: await-in-loop
            resp.raise_for_status()
            counts[repo] = resp.json()["stargazers_count"]
    return counts


if __name__ == "__main__":
    for name, stars in asyncio.run(star_counts(REPOS)).items():
        print(f"{name:<20}{stars:>8}")
