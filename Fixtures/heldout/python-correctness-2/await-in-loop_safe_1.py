import asyncio

import httpx

REPOS = ["python/cpython", "pallets/flask", "django/django", "encode/httpx"]


async def star_count(client, repo):
    resp = await client.get(f"/repos/{repo}")
    resp.raise_for_status()
    return resp.json()["stargazers_count"]


async def star_counts(repos):
    async with httpx.AsyncClient(base_url="https://api.github.com", timeout=10) as client:
        results = await asyncio.gather(*(star_count(client, repo) for repo in repos))
    return dict(zip(repos, results, strict=True))


async def all_issues(client, repo):
    issues, url = [], f"/repos/{repo}/issues?per_page=100"
    while url:
        resp = await client.get(url)
        issues.extend(resp.json())
        url = resp.links.get("next", {}).get("url")
    return issues
