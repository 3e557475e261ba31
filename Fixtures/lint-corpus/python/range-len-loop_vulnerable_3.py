def invoice_total(prices, quantities):
    total = 0.0
    for k in range(0, len(prices)):  # expect: range-len-loop
        total += prices[k] * quantities[k]
    return total


def pairs(rows):
    out = []
    for i in range(0, len(rows), 2):
        out.append(rows[i])
    for i in range(1, len(rows)):
        out.append((rows[i - 1], rows[i]))
    return out
