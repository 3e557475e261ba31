import asyncio
import sys

import aiohttp


async def check(session, url):
    async with session.head(url, allow_redirects=True) as resp:
        return url, resp.status


async def main(urls):
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        results = await asyncio.gather(*(check(session, url) for url in urls))
    for url, status in results:
        print(f"{status}  {url}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
