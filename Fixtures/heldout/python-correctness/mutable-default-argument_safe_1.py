"""Shopping cart exercise (model answer): None sentinels and immutable defaults."""
from dataclasses import dataclass, field


def add_item(item, cart=None):
    if cart is None:
        cart = []
    cart.append(item)
    return cart


def register(name, email, registry=None, roles=("student",)):
    registry = {} if registry is None else registry
    if email in registry:
        raise ValueError(f"{email} already registered")
    registry[email] = {"name": name, "roles": list(roles)}
    return registry


def tag_counts(tags, ignore=frozenset({"misc"}), sep=","):
    counts = {}
    for tag in tags.split(sep):
        if tag not in ignore:
            counts[tag] = counts.get(tag, 0) + 1
    return counts


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    discount: float = 0.0


if __name__ == "__main__":
    print(add_item("apple"), add_item("pear"))
    print(register("Ada", "ada@example.org"), tag_counts("a,b,a,misc"), Cart("ada"))
