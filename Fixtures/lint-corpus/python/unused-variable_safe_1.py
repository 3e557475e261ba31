def order_summary(order):
    total = sum(line["price"] * line["qty"] for line in order["lines"])
    tax = total * 0.2
    return {"total": total, "tax": tax}


def parse_row(row):
    name, _age, _ = row.split(",")
    return {"name": name}


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment
