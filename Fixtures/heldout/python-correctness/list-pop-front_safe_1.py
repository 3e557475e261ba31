"""Breadth-first search over a maze grid (model answer): collections.deque as the queue."""
from collections import deque

MAZE = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "......#E",
]


def neighbours(pos):
    r, c = pos
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc


def shortest_path(start, goal):
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        pos, dist = queue.popleft()
        if pos == goal:
            return dist
        for nxt in neighbours(pos):
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, dist + 1))
    return -1


def depth_first(start):
    stack, order, visited = [start], [], set()
    while stack:
        pos = stack.pop()
        if pos not in visited:
            visited.add(pos)
            order.append(pos)
            stack.extend(neighbours(pos))
    return order


if __name__ == "__main__":
    print(shortest_path((0, 0), (3, 7)), len(depth_first((0, 0))))
