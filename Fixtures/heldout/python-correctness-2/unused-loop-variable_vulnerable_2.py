def print_inventory(stock):
    total = 0
    for product, quantity in stock.items():  # expect: unused-loop-variable
        total += quantity
    print(f"{total} items in stock")


def average_grades(students):
    averages = {}
    for name, (grades, teacher) in students.items():  # expect: unused-loop-variable
        averages[name] = sum(grades) / len(grades)
    return averages


if __name__ == "__main__":
    print_inventory({"pens": 40, "paper": 12})
    print(average_grades({"ana": ([9, 8], "Mr. B")}))
