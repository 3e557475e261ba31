// webpack-free dev server options with per-environment overrides
const base = {
  port: 5173,
  open: true,
  headers: { "Cache-Control": "no-store" },
};

export function serverOptions(env) {
  const options = { ...base, port: Number(process.env.PORT) || base.port };
  if (env === "ci") {
    options.open = false;
    options.headers = { ...base.headers, "cache-control": "no-cache", "X-CI": "1" };
  }
  return options;
}

export const ALIASES = {
  "@": "/src",
  "@@": "/src/app",
  "~": "/node_modules",
};

export const HTTP_TEXT = { 200: "OK", "200 ": "OK (padded)", 201: "Created", 0x1F4: "Internal Server Error" };
