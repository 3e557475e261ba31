class Thermostat:
    MIN_TEMP = 5
    MAX_TEMP = 30

    def __init__(self, target=20.0):
        self.target = target
        self.heating = False

    def set_target(value):  # expect: missing-self
        if not Thermostat.MIN_TEMP <= value <= Thermostat.MAX_TEMP:
            raise ValueError("out of range")
        return value

    def update(self, current):
        self.heating = current < self.target - 0.5
        return self.heating

    def reset():  # expect: missing-self
        return Thermostat()


if __name__ == "__main__":
    t = Thermostat()
    print(t.update(18.2))
