import asyncio

import aiohttp

SITES = ["https://example.org", "https://example.com", "https://example.net"]


def make_check(session, site):
    async def check():
        async with session.get(site, timeout=5) as resp:
            return resp.status
    return check


async def main():
    async with aiohttp.ClientSession() as session:
        checks = [make_check(session, site) for site in SITES]
        results = await asyncio.gather(*(check() for check in checks))
    print(dict(zip(SITES, results, strict=True)))


if __name__ == "__main__":
    asyncio.run(main())
