"""Breadth-first search over a maze grid (algorithms lab 3)."""

MAZE = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "##.##.#.",
    "......#E",
]


def neighbours(pos):
    r, c = pos
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc


def shortest_path(start, goal):
    queue = [(start, 0)]
    seen = {start}
    while queue:
        pos, dist = queue.pop(0)  # expect: list-pop-front
        if pos == goal:
            return dist
        for nxt in neighbours(pos):
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, dist + 1))
    return -1


if __name__ == "__main__":
    print(shortest_path((0, 0), (4, 7)))
