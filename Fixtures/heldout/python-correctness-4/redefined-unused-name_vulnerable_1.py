"""pytest suite for the ledger module (class-based tests)."""
import pytest

from ledger import Ledger, OverdraftError


@pytest.fixture
def ledger():
    book = Ledger(owner="ana")
    book.deposit(100)
    return book


class TestLedger:
    def test_deposit_increases_balance(self, ledger):
        ledger.deposit(50)
        assert ledger.balance == 150

    def test_overdraft_is_refused(self, ledger):
        with pytest.raises(OverdraftError):
            ledger.withdraw(500)

    def test_history_records_entries(self, ledger):
        ledger.withdraw(30)
        assert [e.amount for e in ledger.history] == [100, -30]

    def test_overdraft_is_refused(self, ledger):  # expect: redefined-unused-name
        ledger.withdraw(100)
        with pytest.raises(OverdraftError):
            ledger.withdraw(1)
