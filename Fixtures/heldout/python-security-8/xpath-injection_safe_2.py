"""Configuration lookups for a router fleet, served over a local Unix socket."""
import asyncio
import json

from lxml import etree

INVENTORY = etree.parse("fleet.xml")
SITES = {str(site) for site in INVENTORY.xpath("//router/@site")}


def interfaces_for(request):
    site = request.get("site")
    vlan = int(request.get("vlan", 0))
    if site not in SITES:
        return []
    names = []
    for router in INVENTORY.iterfind("router"):
        if router.get("site") != site:
            continue
        names.extend(i.get("name") for i in router.iterfind("interface") if i.findtext("vlan") == str(vlan))
    return names


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
