def make_adder(n):
    return lambda x: x + n


ADDERS = [make_adder(n) for n in range(5)]


def handlers(names):
    out = {}
    for name in names:
        def handler(event, name=name):
            return f"{name}: {event}"
        out[name] = handler
    return out


def first_match(patterns, text):
    for pattern in patterns:
        found = next(filter(lambda word: word.startswith(pattern), text.split()), None)
        if found:
            return found
    return None
