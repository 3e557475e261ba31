// Matter.js physics toy: bodies built from a level file; invalid numbers are reset.
import Matter from 'matter-js';

interface LevelBody {
  x: string;
  y: string;
  radius?: string;
}

export function buildLevel(engine: Matter.Engine, level: LevelBody[]) {
  const bodies = level.map((spec) => {
    const x = parseFloat(spec.x);
    const y = parseFloat(spec.y);
    const radius = parseFloat(spec.radius ?? '20');
    if (x === NaN || y === NaN) { // expect: nan-comparison
      throw new Error(`bad position in level: ${spec.x},${spec.y}`);
    }
    return Matter.Bodies.circle(x, y, radius);
  });
  Matter.Composite.add(engine.world, bodies);
  Matter.Events.on(engine, 'afterUpdate', () => {
    for (const body of bodies) {
      if (NaN === body.position.x) { // expect: nan-comparison
        Matter.Body.setPosition(body, { x: 0, y: 0 });
      }
    }
  });
}
