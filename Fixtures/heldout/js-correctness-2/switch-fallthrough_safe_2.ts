export type Direction = "up" | "down" | "left" | "right";

export function move(pos: { x: number; y: number }, dir: Direction, steps = 1) {
  let { x, y } = pos;
  for (let i = 0; i < steps; i++) {
    switch (dir) {
      case "up":
        y -= 1;
        continue;
      case "down":
        y += 1;
        continue;
      case "left": {
        x -= 1;
        break;
      }
      case "right":
        x += 1;
        break;
    }
  }
  return { x, y };
}
