from bank import Account


def test_deposit():
    acct = Account("ana", balance=10)
    acct.deposit(5)
    assert (acct.balance == 15), "deposit not applied"


def test_withdraw_limit():
    acct = Account("bo", balance=10)
    ok = acct.withdraw(50)
    assert (
        not ok and acct.balance == 10
    ), "overdraft should be refused"
    assert (acct.owner, acct.balance) == ("bo", 10)
    assert acct.history() == ()
