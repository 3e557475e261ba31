class ShoppingCart:
    def __init__(self, owner, items=[]):  # expect: mutable-default
        self.owner = owner
        self.items = items

    def add(self, item, quantity=1, options={}):  # expect: mutable-default
        options.setdefault("gift_wrap", False)
        self.items.append((item, quantity, options))
        return len(self.items)


def tag_post(post, tags=set()):  # expect: mutable-default
    tags.add(post["category"])
    return tags
