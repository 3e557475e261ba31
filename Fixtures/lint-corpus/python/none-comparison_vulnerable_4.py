class Config:
    def __init__(self, values):
        self.values = values

    def get(self, key, default=None):
        value = self.values.get(key)
        return default if value == None else value  # expect: none-comparison

    def is_complete(self):
        missing = [k for k, v in self.values.items() if v == None]  # expect: none-comparison
        return not missing
