"""bleak scanner that reads the battery level of the warehouse BLE tags."""
import asyncio
import logging

from bleak import BleakClient, BleakScanner

BATTERY_LEVEL = "00002a19-0000-1000-8000-00805f9b34fb"
log = logging.getLogger(__name__)


class TagPoller:
    def __init__(self, prefix="WH-TAG"):
        self.prefix = prefix
        self.levels = {}

    async def poll_one(self, device):
        try:
            async with BleakClient(device) as client:
                raw = await client.read_gatt_char(BATTERY_LEVEL)
                self.levels[device.name] = raw[0]
        except:  # expect: bare-except
            log.warning("could not read %s", device.name)
            self.levels[device.name] = None

    async def poll(self):
        devices = await BleakScanner.discover(timeout=5.0)
        tags = [d for d in devices if (d.name or "").startswith(self.prefix)]
        await asyncio.gather(*(self.poll_one(tag) for tag in tags))
        return self.levels
