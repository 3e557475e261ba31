def print_receipt(items, paid):
    total = sum(price * qty for _name, price, qty in items)
    print(f"=" * 32)  # expect: fstring-without-placeholders
    for name, price, qty in items:
        print(f"{name:<18}{qty:>3} x {price:>7.2f}")
    print(f"-" * 32)  # expect: fstring-without-placeholders
    print(f"{'TOTAL':<22}{total:>10.2f}")
    if paid < total:
        print(
            f"Payment incomplete, "  # expect: fstring-without-placeholders
            "please see the cashier."
        )
    else:
        print(f"Change: {paid - total:.2f}")
    print(f"Thank you for shopping with us!")  # expect: fstring-without-placeholders


if __name__ == "__main__":
    print_receipt([("bread", 2.2, 1), ("milk", 0.99, 2)], 5)
