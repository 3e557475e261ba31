import asyncio
import logging

from asyncua import Server, ua, uamethod

log = logging.getLogger("boiler-server")


class BoilerModel:
    LOW, HIGH = 30.0, 90.0

    def __init__(self):
        self.setpoint = 65.0
        self.temperature = 20.0

    @staticmethod
    def clamp(value):
        return max(BoilerModel.LOW, min(BoilerModel.HIGH, value))

    @classmethod
    def factory_default(cls):
        return cls()

    def change_setpoint(self, value):
        self.setpoint = self.clamp(value)
        return self.setpoint

    def step(self):
        self.temperature += (self.setpoint - self.temperature) * 0.05


async def main():
    model = BoilerModel.factory_default()
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
