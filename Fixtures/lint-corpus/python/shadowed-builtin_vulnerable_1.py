def average(numbers):
    sum = 0  # expect: shadowed-builtin
    for number in numbers:
        sum += number
    return sum / len(numbers)


def unique_tags(posts):
    list = []  # expect: shadowed-builtin
    for post in posts:
        for tag in post["tags"]:
            if tag not in list:
                list.append(tag)
    return list
