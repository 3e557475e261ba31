import unittest

from wallet import InsufficientFunds, Wallet


class WalletTests(unittest.TestCase):
    def setUp(self):
        self.wallet = Wallet(owner="sam", balance=50)

    def test_deposit_adds_to_balance(self):
        self.wallet.deposit(25)
        self.assertEqual(self.wallet.balance, 75)

    def test_withdraw_more_than_balance(self):
        with self.assertRaises(InsufficientFunds):
            self.wallet.withdraw(80)

    def test_history_records_each_operation(self):
        self.wallet.deposit(10)
        self.wallet.withdraw(5)
        self.assertEqual(len(self.wallet.history), 2)

    def test_withdraw_more_than_balance(self):  # expect: redefined-unused-name
        self.wallet.withdraw(50)
        self.assertEqual(self.wallet.balance, 0)


if __name__ == "__main__":
    unittest.main()
