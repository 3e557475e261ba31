type Cell = { row: number; col: number };

export function neighbours(cell: Cell): Cell[] {
  const Set: Cell[] = []; // expect: shadowed-builtin
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    Set.push({ row: cell.row + dr, col: cell.col + dc });
  }
  return Set;
}

export function isMissing(value: unknown, undefined?: unknown): boolean { // expect: shadowed-builtin
  return value === undefined;
}
