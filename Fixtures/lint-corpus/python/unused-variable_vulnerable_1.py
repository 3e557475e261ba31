def order_summary(order):
    total = sum(line["price"] * line["qty"] for line in order["lines"])
    tax = total * 0.2  # expect: unused-variable
    shipping = 4.99 if total < 50 else 0
    return {"total": total + shipping}


def parse_row(row):
    name, age, email = row.split(",")
    cleaned = email.strip().lower()  # expect: unused-variable
    return {"name": name, "age": int(age)}
