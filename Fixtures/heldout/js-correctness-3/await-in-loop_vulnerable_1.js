#!/usr/bin/env node
// Post release notes to every team channel listed in channels.json.
const { readFile } = require("fs/promises");

async function postMessage(webhook, text) {
  const res = await fetch(webhook, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) {
    throw new Error(`${webhook}: ${res.status}`);
  }
  return res.status;
}

async function main() {
  const channels = JSON.parse(await readFile("channels.json", "utf8"));
  const notes = await readFile(process.argv[2] || "RELEASE.md", "utf8");
  const results = [];
  for (const channel of channels) {
    const status = await postMessage(channel.webhook, `*${channel.team}*: ${notes}`); // expect: await-in-loop
    results.push(`${channel.team}: ${status}`);
  }
  console.log(results.join("\n"));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
