# lizard 1.24.3 reference sample: outer CCN 10, outer.inner CCN 2 (see MetricsTests).
def outer(a, b):
    f = lambda x: x if x else 1
    ys = [y for y in a if y and b]
    try:
        pass
    except ValueError:
        pass
    finally:
        pass
    def inner(c):
        while c:
            c -= 1
        return c
    match a:
        case 1:
            return 1
        case _:
            return 2
    with open(a) as h:
        assert h or b
    return inner(a)
