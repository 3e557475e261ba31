class ShoppingCart:
    def __init__(self, owner, items=None):
        self.owner = owner
        self.items = list(items) if items is not None else []

    def add(self, item, quantity=1, options=None):
        options = dict(options or {})
        options.setdefault("gift_wrap", False)
        self.items.append((item, quantity, options))
        return len(self.items)


def tag_post(post, tags=frozenset()):
    return tags | {post["category"]}


def sizes(choices=("S", "M", "L")):
    return [size.lower() for size in choices]
