import time

import serial


def read_sensor(port="/dev/ttyUSB0", samples=10):
    values = []
    conn = serial.Serial(port, 9600, timeout=2)
    for _ in range(samples):
        try:
            line = conn.readline().decode().strip()
            values.append(float(line))
        finally:
            if conn.in_waiting == 0:
                break  # expect: return-in-finally
        time.sleep(0.1)
    conn.close()
    return values


def average_temperature(port):
    try:
        values = read_sensor(port)
        return sum(values) / len(values)
    finally:
        return None  # expect: return-in-finally
