"""Exercise 3: a command-line to-do list."""

todos = []


def handle(command, argument):
    if command is "add":  # expect: is-literal-comparison
        todos.append(argument)
    elif command is "done":  # expect: is-literal-comparison
        index = int(argument) - 1
        if 0 <= index < len(todos):
            todos.pop(index)
    elif command == "list":
        for number, item in enumerate(todos, start=1):
            print(number, item)
    if len(todos) is 0:  # expect: is-literal-comparison
        print("nothing left to do!")


def main():
    while True:
        line = input("> ").strip()
        if line is not "":  # expect: is-literal-comparison
            command, _, argument = line.partition(" ")
            if command == "quit":
                break
            handle(command, argument)


if __name__ == "__main__":
    main()
