class Cart:
#     ^def Cart
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self


def total(cart):
#   ^def total
#         ^def cart@total
    """The sum of the prices in the cart."""
    return sum(item.price for item in cart.items)
#                                     ^ref cart@total
