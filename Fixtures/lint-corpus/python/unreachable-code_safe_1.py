def apply_discount(price, code):
    if code == "HALF":
        return price / 2
    elif code == "TEN":
        return price * 0.9
    price = round(price, 2)
    return price


def validate_age(age):
    if age < 0:
        raise ValueError("age must be positive")
    if age > 150:
        age = 150
    return age
