"""Bleak: read the battery level of a bike computer over BLE."""
import asyncio

from bleak import BleakClient

BATTERY_LEVEL = "00002a19-0000-1000-8000-00805f9b34fb"


class BikeComputer:
    def __init__(self, address):
        self.address = address
        self.last_level = None

    async def battery(self):
        client = BleakClient(self.address)
        try:
            await client.connect(timeout=8)
            raw = await client.read_gatt_char(BATTERY_LEVEL)
            self.last_level = raw[0]
            return self.last_level
        finally:
            await client.disconnect()
            await asyncio.sleep(0.2)


if __name__ == "__main__":
    print(asyncio.run(BikeComputer("D3:41:7A:00:12:9C").battery()))
