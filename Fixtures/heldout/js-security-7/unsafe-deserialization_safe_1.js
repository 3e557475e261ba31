'use strict';
// Egg.js controller: restores a saved editor workspace from JSON with a shape check.
const { Controller } = require('egg');

function panelsFrom(text) {
  const parsed = JSON.parse(text);
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.panels)) {
    throw new Error('bad workspace');
  }
  return parsed.panels
    .filter((p) => p && typeof p.id === 'string' && typeof p.kind === 'string')
    .map((p) => ({ id: p.id, kind: p.kind }));
}

class WorkspaceController extends Controller {
  async restore() {
    const { ctx } = this;
    const saved = ctx.cookies.get('workspace', { signed: true });
    ctx.body = { panels: saved ? panelsFrom(Buffer.from(saved, 'base64').toString('utf8')) : [] };
  }

  async shared() {
    const { ctx, app } = this;
    const blob = await app.redis.get(`shared-workspace:${ctx.params.id}`);
    ctx.body = { panels: blob ? panelsFrom(blob) : [] };
  }
}

module.exports = WorkspaceController;
