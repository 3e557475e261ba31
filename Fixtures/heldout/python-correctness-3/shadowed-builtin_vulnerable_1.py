"""Weekly budget tracker (exercise 4)."""

def read_expenses(path):
    list = []  # expect: shadowed-builtin
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            category, amount = line.rsplit(",", 1)
            list.append((category.strip(), float(amount)))
    return list


def summarise(expenses, max=100.0):  # expect: shadowed-builtin
    totals = {}
    for category, amount in expenses:
        totals[category] = totals.get(category, 0.0) + amount
    over = {c: t for c, t in totals.items() if t > max}
    return totals, over


if __name__ == "__main__":
    input = "expenses.csv"  # expect: shadowed-builtin
    totals, over = summarise(read_expenses(input))
    for category, total in sorted(totals.items()):
        flag = " (over budget)" if category in over else ""
        print(f"{category:<12}{total:>8.2f}{flag}")
