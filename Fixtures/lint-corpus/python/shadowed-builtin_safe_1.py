def average(numbers):
    total = 0
    for number in numbers:
        total += number
    return total / len(numbers)


def unique_tags(posts):
    tags = []
    for post in posts:
        for tag in post["tags"]:
            if tag not in tags:
                tags.append(tag)
    return tags


class Product:
    def __init__(self, product_id, kind):
        self.id = product_id
        self.type = kind
        self.list_price = 0.0
