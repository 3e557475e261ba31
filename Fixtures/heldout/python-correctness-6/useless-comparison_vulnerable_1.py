"""Order workflow built on the `transitions` state machine."""
from transitions import Machine

STATES = ["cart", "paid", "packed", "shipped", "delivered"]


class Order:
    def __init__(self, number):
        self.number = number
        self.attempts = 0
        self.machine = Machine(model=self, states=STATES, initial="cart")
        self.machine.add_transition("pay", "cart", "paid", after="reset_attempts")
        self.machine.add_transition("pack", "paid", "packed")
        self.machine.add_transition("ship", "packed", "shipped", conditions="has_label")

    def reset_attempts(self):
        self.attempts == 0  # expect: useless-comparison

    def has_label(self):
        return bool(getattr(self, "label", None))

    def retry_payment(self):
        self.attempts += 1
        self.state == "cart"  # expect: useless-comparison
        return self.attempts
