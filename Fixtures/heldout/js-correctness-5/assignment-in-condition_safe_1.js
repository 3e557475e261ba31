// Koa middleware that parses a multipart upload stream line by line.
const Koa = require("koa");

const app = new Koa();

function readHeaders(lines) {
  const headers = {};
  let line;
  while ((line = lines.next().value) !== undefined && line !== "") {
    const [name, value] = line.split(/:\s*/, 2);
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

function boundaryOf(contentType) {
  const match = /boundary=([^;]+)/.exec(contentType);
  if (match) {
    return match[1];
  }
  return null;
}

app.use(async (ctx) => {
  const boundary = boundaryOf(ctx.get("content-type"));
  if (!boundary) ctx.throw(400, "not multipart");
  ctx.body = { boundary, headers: readHeaders(ctx.state.partLines) };
});

module.exports = app;
