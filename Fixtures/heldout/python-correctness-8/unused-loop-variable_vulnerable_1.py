"""Average readings from a BME280-style sensor over I2C (smbus2)."""
import time

from smbus2 import SMBus

ADDRESS = 0x76
TEMP_REGISTER = 0xFA


def read_raw(bus: SMBus) -> int:
    msb, lsb, xlsb = bus.read_i2c_block_data(ADDRESS, TEMP_REGISTER, 3)
    return (msb << 12) | (lsb << 4) | (xlsb >> 4)


def averaged_raw(samples: int = 8, delay: float = 0.05) -> float:
    total = 0
    with SMBus(1) as bus:
        for sample in range(samples):  # expect: unused-loop-variable
            total += read_raw(bus)
            time.sleep(delay)
    return total / samples


if __name__ == "__main__":
    print(f"raw temperature: {averaged_raw():.1f}")
