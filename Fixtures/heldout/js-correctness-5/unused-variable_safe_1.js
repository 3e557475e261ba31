// Polka server for a community library's opening hours.
import polka from "polka";
import { json } from "@polka/parse";
import { readFile } from "node:fs/promises";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

export function formatRange(range) {
  return `${range.open}–${range.close}`;
}

async function hoursFor(day) {
  const table = JSON.parse(await readFile(new URL("./hours.json", import.meta.url), "utf8"));
  const fetchedAt = Date.now();
  const { note, ...hours } = table[day] || {};
  return { ...hours, note: note ?? null, fetchedAt: new Date(fetchedAt).toISOString() };
}

polka()
  .use(json())
  .get("/hours/:day", async (req, res) => {
    const hours = await hoursFor(req.params.day);
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ day: req.params.day, hours, known: DAYS.length }));
  })
  .listen(3000);
