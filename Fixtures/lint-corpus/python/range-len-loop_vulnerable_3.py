def invoice_total(prices, quantities):
    total = 0.0
    for k in range(0, len(prices)):  # expect: range-len-loop
        total += prices[k] * quantities[k]
    return total


def print_rows(rows):
    for i in range(0, len(rows), 2):
        print(rows[i])
    for i in range(1, len(rows)):
        print(rows[i - 1], rows[i])
