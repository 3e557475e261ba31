def apply_discount(price, code):
    if code == "HALF":
        return price / 2
        price = price - 1  # expect: unreachable-code
    if code == "TEN":
        return price * 0.9
    return price


def validate_age(age):
    if age < 0:
        raise ValueError("age must be positive")
        age = 0  # expect: unreachable-code
    return age
