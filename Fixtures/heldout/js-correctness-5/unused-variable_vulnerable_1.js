// Polka server for a community library's opening hours.
import polka from "polka";
import { json } from "@polka/parse";  // expect: unused-variable
import { readFile } from "node:fs/promises";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

function formatRange(range) {  // expect: unused-variable
  return `${range.open}–${range.close}`;
}

async function hoursFor(day) {
  const table = JSON.parse(await readFile(new URL("./hours.json", import.meta.url), "utf8"));
  const fetchedAt = Date.now();  // expect: unused-variable
  return table[day] || null;
}

polka()
  .get("/hours/:day", async (req, res) => {
    const hours = await hoursFor(req.params.day);
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ day: req.params.day, hours, known: DAYS.length }));
  })
  .listen(3000);
