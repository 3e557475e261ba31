class UndoHistory:
    """Keeps the last `limit` edits of the text editor, newest first."""

    def __init__(self, limit=100):
        self.limit = limit
        self.edits = []

    def record(self, edit):
        self.edits.insert(0, edit)  # expect: list-pop-front
        if len(self.edits) > self.limit:
            self.edits.pop()

    def undo(self):
        if not self.edits:
            return None
        return self.edits.pop(0)  # expect: list-pop-front


def flood_fill(grid, start, colour):
    rows, cols = len(grid), len(grid[0])
    target = grid[start[0]][start[1]]
    todo = [start]
    while todo:
        r, c = todo[0]
        del todo[0]  # expect: list-pop-front
        if 0 <= r < rows and 0 <= c < cols and grid[r][c] == target and target != colour:
            grid[r][c] = colour
            todo.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return grid
