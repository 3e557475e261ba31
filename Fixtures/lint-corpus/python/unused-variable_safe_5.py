_registry = {}


def register(name):
    def decorator(func):
        _registry[name] = func
        return func
    return decorator


def counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment


def swap(pair):
    first, second = pair
    return second, first


for _ in range(3):
    pass
