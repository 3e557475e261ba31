"""Exercise 7: a tiny bank account class."""


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        old_balance = self.balance  # expect: unused-variable
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        fee = 0.5 if amount < 20 else 0.0  # expect: unused-variable
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def statement(self):
        lines = [f"Statement for {self.owner}"]
        count = len(self.history)  # expect: unused-variable
        for kind, amount in self.history:
            lines.append(f"{kind:>10} {amount:8.2f}")
        lines.append(f"{'balance':>10} {self.balance:8.2f}")
        return "\n".join(lines)


if __name__ == "__main__":
    acct = Account("Ada")
    acct.deposit(100)
    acct.withdraw(15)
    print(acct.statement())
