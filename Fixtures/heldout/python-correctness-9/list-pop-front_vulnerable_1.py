import can

WINDOW = 50
ENGINE_RPM_ID = 0x0C9


def decode_rpm(message):
    raw = int.from_bytes(message.data[1:3], "little")
    return raw / 4


class RpmSmoother:
    def __init__(self, window=WINDOW):
        self.window = window
        self.samples = []

    def push(self, rpm):
        self.samples.append(rpm)
        if len(self.samples) > self.window:
            self.samples.pop(0)  # expect: list-pop-front
        return sum(self.samples) / len(self.samples)


def watch(channel="can0"):
    smoother = RpmSmoother()
    with can.Bus(interface="socketcan", channel=channel) as bus:
        for message in bus:
            if message.arbitration_id != ENGINE_RPM_ID:
                continue
            average = smoother.push(decode_rpm(message))
            print(f"rpm {average:7.1f}")


if __name__ == "__main__":
    watch()
