import time

import serial


def read_until_quiet(port="/dev/ttyUSB0", limit=50):
    values = []
    conn = serial.Serial(port, 9600, timeout=2)
    try:
        for _ in range(limit):
            try:
                line = conn.readline().decode().strip()
            finally:
                pending = conn.in_waiting
            if not line or pending == 0:
                break
            values.append(float(line))
    finally:
        conn.close()
    return values


def retry(fn, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except OSError:
            if attempt == attempts:
                raise
        finally:
            time.sleep(0.2 * attempt)
    return None
