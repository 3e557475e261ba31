#!/usr/bin/env node
// Check that every link in links.json still answers.
const links = require("./links.json");

async function check(urls) {
  const broken = [];
  for (const url of urls) {
    const res = await fetch(url, { method: "HEAD" });  // expect: await-in-loop
    if (!res.ok) {
      broken.push(`${res.status} ${url}`);
    }
  }
  return broken;
}

check(links).then((broken) => {
  console.log(broken.length === 0 ? "all links ok" : broken.join("\n"));
  process.exitCode = broken.length === 0 ? 0 : 1;
});
