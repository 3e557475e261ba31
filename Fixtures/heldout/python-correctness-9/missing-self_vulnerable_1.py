import asyncio
import logging

from asyncua import Server, ua, uamethod

log = logging.getLogger("boiler-server")


class BoilerModel:
    def __init__(self):
        self.setpoint = 65.0
        self.temperature = 20.0

    def clamp(value):  # expect: missing-self
        return max(30.0, min(90.0, value))

    def change_setpoint(self, value):
        self.setpoint = self.clamp(value)
        return self.setpoint

    def step(self):
        self.temperature += (self.setpoint - self.temperature) * 0.05


async def main():
    model = BoilerModel()
    server = Server()
    await server.init()
    server.set_endpoint("opc.tcp://0.0.0.0:4840/boiler/")
    idx = await server.register_namespace("urn:example:boiler")
    boiler = await server.nodes.objects.add_object(idx, "Boiler")
    temperature = await boiler.add_variable(idx, "Temperature", model.temperature)

    @uamethod
    def set_point(parent, value):
        return model.change_setpoint(value)

    await boiler.add_method(idx, "SetPoint", set_point, [ua.VariantType.Double], [ua.VariantType.Double])
    async with server:
        model.step()
        await temperature.write_value(model.temperature)
        await asyncio.Event().wait()
