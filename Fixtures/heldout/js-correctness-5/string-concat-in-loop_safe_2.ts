// Solid.js component helpers: build a CSS grid template for a seating plan.
import { createMemo, type Accessor } from "solid-js";

export interface Table {
  id: string;
  seats: number;
  area: string;
}

export function gridTemplate(tables: Accessor<Table[]>): Accessor<string> {
  return createMemo(() => {
    const rows: string[] = [];
    for (let start = 0; start < tables().length; start += 4) {
      rows.push(`"${tables().slice(start, start + 4).map((t) => t.area).join(" ")}"`);
    }
    return rows.join("\n");
  });
}

export function totalSeats(tables: Table[]): number {
  let seats = 0;
  for (const table of tables) seats += table.seats;
  return seats;
}
