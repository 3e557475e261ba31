"""Linked list with forward references, module constants used before their definition line."""
from __future__ import annotations

try:
    import ujson as json
except ImportError:
    import json


class Node:
    def __init__(self, value: int, next_node: "Node | None" = None) -> None:
        self.value = value
        self.next_node = next_node

    def to_list(self) -> list[int]:
        out = []
        node: Node | None = self
        while node is not None:
            out.append(node.value)
            node = node.next_node
        return out


def build(values: list[int]) -> Node | None:
    head = None
    for v in reversed(values[:MAX_LENGTH]):
        head = Node(v, head)
    return head


def dump(head: Node | None) -> str:
    return json.dumps(head.to_list() if head else [])


MAX_LENGTH = 100

if __name__ == "__main__":
    print(__file__, dump(build([3, 1, 4, 1, 5])))
