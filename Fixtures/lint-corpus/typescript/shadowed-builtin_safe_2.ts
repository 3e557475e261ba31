type Cell = { row: number; col: number };

export function neighbours(cell: Cell): Cell[] {
  const cells: Cell[] = [];
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    cells.push({ row: cell.row + dr, col: cell.col + dc });
  }
  return cells;
}

export function uniqueRows(cells: Cell[]): Set<number> {
  return new Set(cells.map((cell) => cell.row));
}

export function isMissing(value: unknown): boolean {
  return value === undefined;
}
