// Deno script: check that every link in the docs' sitemap answers 200.
const SITEMAP = Deno.args[0] ?? "https://docs.example.org/sitemap.xml";

async function urlsFrom(sitemap: string): Promise<string[]> {
  const xml = await (await fetch(sitemap)).text();
  return Array.from(xml.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => m[1]);
}

const broken: string[] = [];
for (const url of await urlsFrom(SITEMAP)) {
  const res = await fetch(url, { method: "HEAD" }); // expect: await-in-loop
  if (!res.ok) {
    broken.push(`${res.status} ${url}`);
    await Deno.stderr.write(new TextEncoder().encode(`broken: ${url}\n`)); // expect: await-in-loop
  }
}
console.log(broken.length === 0 ? "all links fine" : broken.join("\n"));
