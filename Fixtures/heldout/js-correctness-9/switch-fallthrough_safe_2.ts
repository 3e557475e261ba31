import { createClient, type LiveList } from '@liveblocks/client';

type Shape = { id: string; kind: 'rect' | 'note'; x: number; y: number; text?: string };
type Storage = { shapes: LiveList<Shape> };

type BoardEvent =
  | { type: 'NUDGE'; id: string; dx: number; dy: number }
  | { type: 'RENAME'; id: string; text: string }
  | { type: 'DELETE'; id: string }
  | { type: 'CLEAR' };

const client = createClient({ publicApiKey: import.meta.env.VITE_LIVEBLOCKS_KEY });
const { room } = client.enterRoom<Record<string, never>, Storage>('design-review', { initialPresence: {} });

export async function listen() {
  const { root } = await room.getStorage();
  const shapes = root.get('shapes');
  room.subscribe('event', ({ event }) => {
    const boardEvent = event as BoardEvent;
    const index = 'id' in boardEvent ? shapes.findIndex((s) => s.id === boardEvent.id) : -1;
    switch (boardEvent.type) {
      case 'NUDGE': {
        const shape = shapes.get(index);
        if (shape) {
          shapes.set(index, { ...shape, x: shape.x + boardEvent.dx, y: shape.y + boardEvent.dy });
        }
        return;
      }
      case 'RENAME':
        if (index >= 0) {
          shapes.set(index, { ...shapes.get(index)!, text: boardEvent.text });
        }
        break;
      case 'DELETE':
        if (index >= 0) {
          shapes.delete(index);
        }
        break;
      default:
        shapes.clear();
    }
  });
}
