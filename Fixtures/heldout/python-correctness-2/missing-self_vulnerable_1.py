class BankAccount:
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(amount):  # expect: missing-self
        if amount <= 0:
            raise ValueError("deposit must be positive")
        return amount

    def add_interest():  # expect: missing-self
        return BankAccount.interest_rate

    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"


if __name__ == "__main__":
    acct = BankAccount("Ana", 100)
    print(acct)
