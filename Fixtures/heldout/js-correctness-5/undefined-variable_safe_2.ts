// Hono app on a Workers runtime: a tiny feature-flag service.
import { Hono } from "hono";

type Flags = Record<string, boolean>;

interface FlagStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string): Promise<void>;
}

const CACHE_SECONDS = 30;
const app = new Hono<{ Bindings: { FLAGS: FlagStore } }>();

async function loadFlags(kv: FlagStore, project: string): Promise<Flags> {
  const raw = await kv.get(`flags:${project}`);
  return raw ? (JSON.parse(raw) as Flags) : {};
}

app.get("/flags/:project", async (c) => {
  const flags = await loadFlags(c.env.FLAGS, c.req.param("project"));
  return c.json(flags, 200, { "cache-control": `max-age=${CACHE_SECONDS}` });
});

app.put("/flags/:project/:flag", async (c) => {
  const project = c.req.param("project");
  const flags = await loadFlags(c.env.FLAGS, project);
  flags[c.req.param("flag")] = (await c.req.json()).enabled === true;
  await c.env.FLAGS.put(`flags:${project}`, JSON.stringify(flags));
  return c.json(flags);
});

export default app;
