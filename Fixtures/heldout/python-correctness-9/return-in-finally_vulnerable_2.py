import pyvisa

RESOURCE = "USB0::0x1AB1::0x0588::DS1ZA000000001::INSTR"


def measure_vpp(channel):
    rm = pyvisa.ResourceManager()
    scope = rm.open_resource(RESOURCE)
    scope.timeout = 5000
    value = None
    try:
        scope.write(f":MEAS:SOUR CHAN{channel}")
        value = float(scope.query(":MEAS:VPP?"))
    finally:
        scope.close()
        rm.close()
        if value is None:
            return float("nan")  # expect: return-in-finally
    return value


def sweep(channels):
    readings = {}
    for channel in channels:
        readings[channel] = measure_vpp(channel)
    return readings


if __name__ == "__main__":
    for channel, vpp in sweep([1, 2]).items():
        print(f"CH{channel}: {vpp:.3f} Vpp")
