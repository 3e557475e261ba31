class TemperatureLog:
    def __init__(self):
        self.readings = []

    def add(self, celsius):
        if celsius < -90 or celsius > 60:
            raise ValueError(f"implausible reading {celsius}")
        self.readings.append(celsius)

    def warmest(self):
        if self.readings:
            return max(self.readings)
    return None  # expect: return-outside-function

    def mean(self):
        return sum(self.readings) / len(self.readings)


log = TemperatureLog()
for value in (12.5, 14.0, 9.75):
    log.add(value)
print(log.warmest(), log.mean())
