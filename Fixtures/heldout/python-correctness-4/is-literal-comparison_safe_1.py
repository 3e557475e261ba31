"""Terminal minesweeper cell logic."""
from dataclasses import dataclass, field
from enum import Enum

_UNSET = object()


class Cell(Enum):
    MINE = "*"
    EMPTY = "0"


@dataclass
class Board:
    cells: list[list[Cell]] = field(default_factory=list)
    flagged: set[tuple[int, int]] = field(default_factory=set)
    first_click: object = _UNSET

    def is_mine(self, r: int, c: int) -> bool:
        return self.cells[r][c] is Cell.MINE

    def click(self, r: int, c: int) -> bool | None:
        if self.first_click is _UNSET:
            self.first_click = (r, c)
        if (r, c) in self.flagged:
            return None
        return self.cells[r][c] == Cell.EMPTY

    def finished(self, hidden: int) -> bool:
        mines = sum(row.count(Cell.MINE) for row in self.cells)
        return hidden - mines == 0 and type(hidden) is int
