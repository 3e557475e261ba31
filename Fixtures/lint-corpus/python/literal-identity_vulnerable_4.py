class Parser:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def at_end(self):
        return self.data[self.pos:] is b""  # expect: literal-identity

    def ratio(self, value):
        if value is 1.0:  # expect: literal-identity
            return "full"
        return f"{value:.0%}"
