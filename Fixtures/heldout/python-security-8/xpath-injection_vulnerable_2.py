"""Configuration lookups for a router fleet, served over a local Unix socket."""
import asyncio
import json

import elementpath
from lxml import etree

INVENTORY = etree.parse("fleet.xml")


def interfaces_for(request):
    query = f"//router[@site='{request['site']}']/interface[vlan={request['vlan']}]/@name"
    return [str(name) for name in elementpath.select(INVENTORY, query)]  # expect: xpath-injection


async def handler(reader, writer):
    while raw := await reader.readline():
        request = json.loads(raw)
        writer.write(json.dumps({"interfaces": interfaces_for(request)}).encode() + b"\n")
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_unix_server(handler, path="/run/fleet/lookup.sock")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
