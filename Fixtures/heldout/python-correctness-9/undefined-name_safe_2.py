import asyncio
import json

import aiocoap
import aiocoap.resource as resource


class ThermostatResource(resource.Resource):
    def __init__(self):
        super().__init__()
        self.state = {"target": 20.5, "mode": "heat"}

    async def render_get(self, request):
        payload = json.dumps(self.state).encode()
        return aiocoap.Message(payload=payload, content_format=50)

    async def render_put(self, request):
        try:
            update = json.loads(request.payload)
        except ValueError:
            return aiocoap.Message(code=aiocoap.BAD_REQUEST)
        if "target" in update:
            self.state["target"] = min(max(float(update["target"]), MIN_TARGET), MAX_TARGET)
        if (mode := update.get("mode")) in ("heat", "off"):
            self.state["mode"] = mode
        return aiocoap.Message(code=aiocoap.CHANGED, payload=json.dumps(self.state).encode())


async def main():
    site = resource.Site()
    site.add_resource([".well-known", "core"], resource.WKCResource(site.get_resources_as_linkheader))
    site.add_resource(["thermostat"], ThermostatResource())
    await aiocoap.Context.create_server_context(site)
    await asyncio.get_running_loop().create_future()


MIN_TARGET = 12.0
MAX_TARGET = 28.0

if __name__ == "__main__":
    asyncio.run(main())
