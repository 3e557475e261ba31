def check(result):
    assert result.error != None, "expected an error"  # expect: none-comparison
    return result.error


def pick(a, b):
    return a if a != None else b  # expect: none-comparison
