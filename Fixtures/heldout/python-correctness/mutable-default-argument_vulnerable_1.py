"""Shopping cart exercise (week 6)."""


def add_item(item, cart=[]):  # expect: mutable-default-argument
    cart.append(item)
    return cart


def register(name, email, registry={}):  # expect: mutable-default-argument
    if email in registry:
        raise ValueError(f"{email} already registered")
    registry[email] = name
    return registry


def tag_counts(tags, counts=dict()):  # expect: mutable-default-argument
    for tag in tags:
        counts[tag] = counts.get(tag, 0) + 1
    return counts


if __name__ == "__main__":
    print(add_item("apple"))
    print(add_item("pear"))
    print(register("Ada", "ada@example.org"))
    print(tag_counts(["a", "b", "a"]))
