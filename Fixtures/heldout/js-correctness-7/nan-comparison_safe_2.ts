// Matter.js physics toy: level numbers checked with Number.isNaN.
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
    if (Number.isNaN(x) || Number.isNaN(y)) {
      throw new Error(`bad position in level: ${spec.x},${spec.y}`);
    }
    return Matter.Bodies.circle(x, y, Number.isNaN(radius) ? 20 : radius);
  });
  Matter.Composite.add(engine.world, bodies);
  Matter.Events.on(engine, 'afterUpdate', () => {
    for (const body of bodies) {
      if (Number.isNaN(body.position.x)) {
        Matter.Body.setPosition(body, { x: 0, y: 0 });
      }
    }
  });
}
