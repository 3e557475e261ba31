// Solid.js component helpers: build a CSS grid template for a seating plan.
import { createMemo, type Accessor } from "solid-js";

export interface Table {
  id: string;
  seats: number;
  area: string;
}

export function gridTemplate(tables: Accessor<Table[]>): Accessor<string> {
  return createMemo(() => {
    let areas = "";
    let row = 0;
    while (row < Math.ceil(tables().length / 4)) {
      const slice = tables().slice(row * 4, row * 4 + 4);
      areas += `"${slice.map((t) => t.area).join(" ")}"\n`;  // expect: string-concat-in-loop
      row += 1;
    }
    return areas;
  });
}
