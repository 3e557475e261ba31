import { Actor, Color, Engine, vec } from 'excalibur';

export class Swarm {
  constructor(engine) {
    this.engine = engine;
    this.bugs = [];
  }

  spawn(count) {
    for (let i = 0; i < count; i += 1) {
      const bug = new Actor({ pos: vec(40 + i * 30, 40), width: 16, height: 16, color: Color.Green });
      this.bugs.push(bug);
      this.engine.add(bug);
    }
  }

  survivors(bounds) {
    return this.bugs.filter(function (bug) {
      return bug.pos.y <= bounds.bottom;
    });
  }

  positions() {
    return this.bugs.map((bug) => {
      if (bug.isKilled()) {
        return null;
      }
      return { x: bug.pos.x, y: bug.pos.y };
    });
  }

  cull(bounds) {
    this.bugs.forEach((bug) => {
      if (bug.pos.y > bounds.bottom) {
        bug.kill();
      }
    });
  }
}

export function startSwarm(canvasElementId) {
  const engine = new Engine({ canvasElementId, width: 640, height: 480 });
  const swarm = new Swarm(engine);
  swarm.spawn(12);
  engine.start();
  return swarm;
}
