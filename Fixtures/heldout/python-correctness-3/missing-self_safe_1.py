import json


class Thermostat:
    MIN_TEMP = 5
    MAX_TEMP = 30

    def __init__(self, target=20.0):
        self.target = target

    @staticmethod
    def clamp(value):
        return max(Thermostat.MIN_TEMP, min(Thermostat.MAX_TEMP, value))

    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        return cls(target=cls.clamp(data["target"]))

    @property
    def fahrenheit(self):
        return self.target * 9 / 5 + 32

    def schedule(self, hours):
        def at(hour):
            return 17.0 if hour < 6 else self.target

        return [at(h) for h in hours]
