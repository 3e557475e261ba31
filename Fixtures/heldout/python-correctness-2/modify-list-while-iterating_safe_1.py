def remove_done(tasks):
    for task in list(tasks):
        if task["done"]:
            tasks.remove(task)
    return tasks


def drop_short_words(words, min_len=3):
    words[:] = [w for w in words if len(w) >= min_len]
    return words


def remove_first_negative(numbers):
    for n in numbers:
        if n < 0:
            numbers.remove(n)
            break
    return numbers


def split_wave(enemies):
    spawned = []
    for enemy in enemies:
        if enemy["hp"] < 10:
            spawned.append({"hp": 5})
    enemies.extend(spawned)
    return enemies
