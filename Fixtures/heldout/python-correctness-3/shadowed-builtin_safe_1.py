"""Weekly budget tracker (exercise 4)."""

def read_expenses(path):
    expenses = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            category, amount = line.rsplit(",", 1)
            expenses.append((category.strip(), float(amount)))
    return expenses


def summarise(expenses, max_per_category=100.0):
    totals = {}
    for category, amount in expenses:
        totals[category] = totals.get(category, 0.0) + amount
    over = {c: t for c, t in totals.items() if t > max_per_category}
    biggest = max(totals.values(), default=0.0)
    return totals, over, biggest


if __name__ == "__main__":
    filename = input("file: ") or "expenses.csv"
    totals, over, biggest = summarise(read_expenses(filename))
    print(dict(sorted(totals.items())), sum(over.values()), biggest)
