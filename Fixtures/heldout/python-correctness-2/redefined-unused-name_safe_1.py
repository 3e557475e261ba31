try:
    import simplejson as json
except ImportError:
    import json

from typing import overload


class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    def to_json(self):
        return json.dumps({"celsius": self._celsius})


@overload
def parse(raw: str) -> Temperature: ...
@overload
def parse(raw: bytes) -> Temperature: ...
def parse(raw):
    text = raw.decode() if isinstance(raw, bytes) else raw
    return Temperature(float(json.loads(text)["celsius"]))
