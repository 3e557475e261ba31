"""Serial-port data logger for the physics lab."""
import csv
import time

import serial


def record(port: str, seconds: float, out_path: str) -> int:
    link = serial.Serial(port, 9600, timeout=1)
    count = 0
    try:
        with open(out_path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                raw = link.readline().decode("ascii").strip()
                if raw:
                    writer.writerow([time.time(), raw])
                    count += 1
    finally:
        link.close()
        return count  # expect: return-in-finally
