#!/usr/bin/env node
const { readFile } = require("fs/promises");

async function postMessage(webhook, text) {
  const res = await fetch(webhook, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  return res.status;
}

async function main() {
  const channels = JSON.parse(await readFile("channels.json", "utf8"));
  const notes = await readFile(process.argv[2] || "RELEASE.md", "utf8");
  const settled = await Promise.allSettled(
    channels.map((channel) => postMessage(channel.webhook, `*${channel.team}*: ${notes}`)),
  );
  settled.forEach((result, i) => {
    const outcome = result.status === "fulfilled" ? result.value : result.reason.message;
    console.log(`${channels[i].team}: ${outcome}`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
