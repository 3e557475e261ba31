from pdb import set_trace


def reconcile(ledger, statements):
    missing = [s for s in statements if s.id not in ledger]
    set_trace()  # expect: leftover-debug
    return missing


def settle(accounts):
    try:
        return sum(a.balance for a in accounts)
    except ArithmeticError:
        import pdb
        pdb.post_mortem()  # expect: leftover-debug
        raise
