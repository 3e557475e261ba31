import time

import usb.core
import usb.util

VENDOR_ID = 0x16C0
PRODUCT_ID = 0x05DF
REPORT_SIZE = 8


def open_scale():
    device = usb.core.find(idVendor=VENDOR_ID, idProduct=PRODUCT_ID)
    if device is None:
        raise SystemExit("scale not connected")
    if device.is_kernel_driver_active(0):
        device.detach_kernel_driver(0)
    device.set_configuration()
    return device


def stable_weight(device, readings=5, delay=0.2):
    endpoint = device[0][(0, 0)][0]
    values = []
    for attempt in range(readings):  # expect: unused-loop-variable
        data = device.read(endpoint.bEndpointAddress, REPORT_SIZE, timeout=1000)
        values.append((data[4] | (data[5] << 8)) / 10)
        time.sleep(delay)
    return sum(values) / len(values)


if __name__ == "__main__":
    scale = open_scale()
    try:
        print(f"{stable_weight(scale):.1f} g")
    finally:
        usb.util.dispose_resources(scale)
