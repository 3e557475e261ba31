import asyncio
import sys

import asyncssh

HOSTS_FILE = "fleet.txt"


def read_hosts(path):
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


async def uptime_of(host):
    async with asyncssh.connect(host, known_hosts=None) as conn:
        result = await conn.run("uptime -p", check=True)
        return result.stdout.strip()


async def survey(hosts):
    uptimes = await asyncio.gather(*(uptime_of(host) for host in hosts))
    return dict(zip(hosts, uptimes))


async def main():
    hosts = read_hosts(sys.argv[1] if len(sys.argv) > 1 else HOSTS_FILE)
    report = await survey(hosts)
    width = max((len(h) for h in report), default=0)
    for host, uptime in report.items():
        print(f"{host:<{width}}  {uptime}")


if __name__ == "__main__":
    asyncio.run(main())
