from pprint import pprint


class InvoiceBuilder:
    def __init__(self, customer):
        self.customer = customer
        self.lines = []

    def add(self, sku, qty, price):
        self.lines.append({"sku": sku, "qty": qty, "price": price})
        pprint(self.lines)  # expect: leftover-debug

    def total(self):
        result = sum(line["qty"] * line["price"] for line in self.lines)
        __import__("pdb").set_trace()  # expect: leftover-debug
        return result
