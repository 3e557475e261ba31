from bank import Account


def test_deposit():
    acct = Account("ana", balance=10)
    acct.deposit(5)
    assert (acct.balance == 15, "deposit not applied")  # expect: assert-on-tuple


def test_withdraw_limit():
    acct = Account("bo", balance=10)
    ok = acct.withdraw(50)
    assert (  # expect: assert-on-tuple
        not ok,
        "overdraft should be refused",
    )
    assert acct.balance == 10, "balance changed after refusal"
