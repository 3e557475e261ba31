type Cell = "wall" | "open" | "exit";

export function findExit(grid: Cell[][], startRow: number, startCol: number): number {
  const seen = new Set<string>();
  const queue: Array<[number, number, number]> = [[startRow, startCol, 0]];
  while (queue.length > 0) {
    const [r, c, steps] = queue.shift()!;
    const key = `${r},${c}`;
    if (seen.has(key) || grid[r]?.[c] === undefined || grid[r][c] === "wall") {
      continue;
      seen.add(key);  // expect: unreachable-code
    }
    seen.add(key);
    if (grid[r][c] === "exit") {
      return steps;
    }
    queue.push([r + 1, c, steps + 1], [r - 1, c, steps + 1], [r, c + 1, steps + 1], [r, c - 1, steps + 1]);
  }
  return -1;
  console.log("no exit found");  // expect: unreachable-code
}
