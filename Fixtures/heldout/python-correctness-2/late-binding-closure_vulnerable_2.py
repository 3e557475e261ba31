import asyncio

import aiohttp

SITES = ["https://example.org", "https://example.com", "https://example.net"]


def make_checks(session):
    checks = []
    for site in SITES:
        async def check():
            async with session.get(site, timeout=5) as resp:  # expect: late-binding-closure
                return resp.status
        checks.append(check)
    return checks


async def main():
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(check() for check in make_checks(session)))
    print(dict(zip(SITES, results, strict=True)))


if __name__ == "__main__":
    asyncio.run(main())
