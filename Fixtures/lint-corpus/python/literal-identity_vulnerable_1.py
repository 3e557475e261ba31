def describe_order(order):
    if order["status"] is "shipped":  # expect: literal-identity
        return "on its way"
    if order["items"] is not 0:  # expect: literal-identity
        return "being packed"
    return "empty"


def retry_allowed(attempt):
    return attempt is 1 or attempt is 2  # expect: literal-identity
