def first_even(numbers):
    for number in numbers:
        if number % 2 == 0:
            break
            number += 1  # expect: unreachable-code
    else:
        return None
    return number


def positive_only(numbers):
    kept = []
    for number in numbers:
        if number <= 0:
            continue
            kept.append(0)  # expect: unreachable-code
        kept.append(number)
    return kept


def grade_letter(score):
    return "A" if score >= 90 else "B"
    if score < 50:  # expect: unreachable-code
        return "F"
