def remove_done(tasks):
    for task in tasks:
        if task["done"]:
            tasks.remove(task)  # expect: modify-list-while-iterating
    return tasks


def drop_short_words(words, min_len=3):
    for word in words:
        if len(word) < min_len:
            del words[words.index(word)]  # expect: modify-list-while-iterating
    return words


if __name__ == "__main__":
    todo = [{"t": "buy milk", "done": True}, {"t": "call mum", "done": True}, {"t": "code", "done": False}]
    print(remove_done(todo))
    print(drop_short_words(["a", "to", "house", "is", "garden"]))
