export interface Slot {
  start: Date;
  end: Date;
  room: string;
}

export function overlaps(a: Slot, b: Slot): boolean {
  if (a.room !== b.room) {
    return false;
  }
  return a.start < b.end && b.start < a.end;
}

export function sameSlot(a: Slot, b: Slot): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}

export function isSorted(slots: Slot[]): boolean {
  return slots.every((slot, i) => i === 0 || slots[i - 1].start <= slot.start);
}

export function byRoom(slots: Slot[]): Map<string, Slot[]> {
  const map = new Map<string, Slot[]>();
  for (const slot of slots) {
    const list = map.get(slot.room) ?? [];
    list.push(slot);
    map.set(slot.room, list);
  }
  return map;
}
