#!/usr/bin/env node
const links = require("./links.json");

async function check(urls) {
  const results = await Promise.all(
    urls.map(async (url) => {
      const res = await fetch(url, { method: "HEAD" });
      return res.ok ? null : `${res.status} ${url}`;
    }),
  );
  return results.filter(Boolean);
}

async function allPages(baseUrl) {
  const pages = [];
  let cursor = "";
  do {
    const res = await fetch(`${baseUrl}?cursor=${encodeURIComponent(cursor)}`);
    const body = await res.json();
    pages.push(...body.items);
    cursor = body.next;
  } while (cursor);
  return pages;
}

check(links).then((broken) => {
  console.log(broken.length === 0 ? "all links ok" : broken.join("\n"));
});

module.exports = { allPages };
