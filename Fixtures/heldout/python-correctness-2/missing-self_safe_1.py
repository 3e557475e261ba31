import math


class Circle:
    def __init__(self, radius):
        self.radius = radius

    @staticmethod
    def from_area(area):
        return Circle(math.sqrt(area / math.pi))

    @classmethod
    def unit(cls):
        return cls(1.0)

    @property
    def area(self):
        return math.pi * self.radius ** 2

    def scaled(self, factor):
        def grow(value):
            return value * factor

        return Circle(grow(self.radius))

    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)
