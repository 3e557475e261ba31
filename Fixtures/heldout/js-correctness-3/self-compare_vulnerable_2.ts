export interface Slot {
  start: Date;
  end: Date;
  room: string;
}

export function overlaps(a: Slot, b: Slot): boolean {
  if (a.room !== a.room) { // expect: self-compare
    return false;
  }
  return a.start < b.end && b.start < a.end;
}

export function conflicts(booked: Slot[], wanted: Slot): Slot[] {
  return booked.filter((slot) => overlaps(slot, wanted));
}

export function sameSlot(a: Slot, b: Slot): boolean {
  return a.start.getTime() === b.start.getTime() && b.end.getTime() === b.end.getTime(); // expect: self-compare
}
