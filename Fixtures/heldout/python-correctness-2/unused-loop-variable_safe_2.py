def print_inventory(stock):
    for product, quantity in sorted(stock.items()):
        print(f"{product:<10}{quantity:>4}")


def average_grades(students):
    averages = {}
    for name, (grades, _teacher) in students.items():
        averages[name] = sum(grades) / len(grades)
    return averages


def countdown(n):
    for remaining in range(n, 0, -1):
        print(remaining)
    print("lift-off")
