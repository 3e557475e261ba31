class Inventory:
    def __init__(self):
        self.items = []
        self.counts = []

    def value(self, prices):
        total = 0
        for k in range(len(self.items)):  # expect: range-len-loop
            total += prices[self.items[k]] * self.counts[k]
        return total

    def restock(self, minimum):
        for n in range(len(self.counts)):  # expect: range-len-loop
            if self.counts[ n ] < minimum:
                self.counts[n] = minimum
