import sys

if sys.version_info < (3, 9):
    sys.exit("this tool needs Python 3.9+")


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None


OPENERS = {")": "(", "]": "[", "}": "{"}


def balanced(text):
    stack = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in ")]}":
            if stack.peek() != OPENERS[ch]:
                return False
            stack.pop()
    return stack.peek() is None
