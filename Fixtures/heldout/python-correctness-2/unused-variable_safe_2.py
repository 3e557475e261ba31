def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


def split_name(full_name):
    first, _, last = full_name.partition(" ")
    return last, first


def stats(values):
    n = len(values)
    mean = sum(values) / n
    variance = sum((v - mean) ** 2 for v in values) / n
    return {"n": n, "mean": mean, "sd": variance ** 0.5}


if __name__ == "__main__":
    tick = make_counter()
    tick()
    print(split_name("Ada Lovelace"), stats([2, 4, 4, 4, 5, 5, 7, 9]), tick())
