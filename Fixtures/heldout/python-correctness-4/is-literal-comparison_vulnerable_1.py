"""Terminal minesweeper cell logic."""
from dataclasses import dataclass, field

MINE = "*"


@dataclass
class Board:
    rows: int
    cols: int
    cells: list[list[str]] = field(default_factory=list)
    revealed: set[tuple[int, int]] = field(default_factory=set)

    def neighbours(self, r: int, c: int):
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr or dc) and 0 <= r + dr < self.rows and 0 <= c + dc < self.cols:
                    yield r + dr, c + dc

    def reveal(self, r: int, c: int) -> bool:
        if self.cells[r][c] is "*":  # expect: is-literal-comparison
            return False
        stack = [(r, c)]
        while stack:
            cr, cc = stack.pop()
            if (cr, cc) in self.revealed:
                continue
            self.revealed.add((cr, cc))
            if self.cells[cr][cc] is "0":  # expect: is-literal-comparison
                stack.extend(self.neighbours(cr, cc))
        return True

    def won(self) -> bool:
        hidden = self.rows * self.cols - len(self.revealed)
        mines = sum(row.count(MINE) for row in self.cells)
        return hidden - mines is 0  # expect: is-literal-comparison
