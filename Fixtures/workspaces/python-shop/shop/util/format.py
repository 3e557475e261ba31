SYMBOL, CURRENCY = "EUR ", "EUR"
#       ^def CURRENCY


def money(amount):
#   ^def money
#         ^def amount
    return f"{amount:.2f} {CURRENCY}"
#             ^ref amount
#                          ^ref CURRENCY
