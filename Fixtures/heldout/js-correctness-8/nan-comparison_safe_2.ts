import { fabric } from 'fabric';

interface Placement {
  id: string;
  left: string;
  top: string;
}

export function restorePlacements(canvas: fabric.Canvas, saved: Placement[]): number {
  let restored = 0;
  for (const placement of saved) {
    const left = parseFloat(placement.left);
    const top = parseFloat(placement.top);
    if (isNaN(left) || Object.is(top, NaN)) {
      continue;
    }
    const target = canvas.getObjects().find((object) => (object as fabric.Object & { id?: string }).id === placement.id);
    if (target) {
      target.set({ left, top });
      restored += 1;
    }
  }
  canvas.requestRenderAll();
  return restored;
}
