// Konva floor-plan editor: strict comparisons, `== null` kept for null-or-undefined.
import Konva from 'konva';

interface Furniture {
  id: string;
  kind: string;
  rotation: number;
}

export function attachSnapping(layer: Konva.Layer, items: Map<string, Furniture>, grid: number) {
  layer.on('dragmove', (evt) => {
    const shape = evt.target;
    const meta = items.get(shape.id());
    if (meta == null) {
      return;
    }
    const step = meta.kind === 'rug' ? grid / 2 : grid;
    shape.position({ x: Math.round(shape.x() / step) * step, y: Math.round(shape.y() / step) * step });
    const others = layer.find('.furniture').filter((other) => other.id() !== shape.id());
    const hit = others.some((other) => Konva.Util.haveIntersection(other.getClientRect(), shape.getClientRect()));
    shape.opacity(hit ? 0.5 : 1);
  });
}
