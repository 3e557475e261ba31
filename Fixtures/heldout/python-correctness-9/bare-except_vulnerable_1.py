import argparse
import time

from pymodbus.client import ModbusTcpClient

METER_REGISTERS = {"voltage": 0, "current": 6, "power": 12}


def read_float(client, address, unit):
    response = client.read_input_registers(address, count=2, slave=unit)
    high, low = response.registers
    return ((high << 16) | low) / 1000.0


def poll_meter(client, unit):
    values = {}
    for name, address in METER_REGISTERS.items():
        try:
            values[name] = read_float(client, address, unit)
        except:  # expect: bare-except
            values[name] = None
    return values


def main():
    parser = argparse.ArgumentParser(description="Poll an energy meter over Modbus TCP")
    parser.add_argument("host")
    parser.add_argument("--unit", type=int, default=1)
    parser.add_argument("--interval", type=float, default=5.0)
    args = parser.parse_args()
    client = ModbusTcpClient(args.host)
    client.connect()
    try:
        while True:
            values = poll_meter(client, args.unit)
            print(" ".join(f"{k}={v}" for k, v in values.items()))
            time.sleep(args.interval)
    finally:
        client.close()


if __name__ == "__main__":
    main()
