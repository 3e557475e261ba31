"""Shopping basket with a few methods written without `self`."""


class Basket:
    def __init__(self):
        self.items = []

    def add(item, quantity=1):  # expect: method-without-self
        return item, quantity

    def clear():  # expect: method-without-self
        return []

    def line_total(line):  # expect: method-without-self
        return line.price * line.quantity

    def discounted(amount, rate: float):  # expect: method-without-self
        return amount.quantize(1) * (1 - rate)

    def total(self):
        subtotal = sum(self.line_total(line) for line in self.items)
        return self.discounted(subtotal, 0.1)
