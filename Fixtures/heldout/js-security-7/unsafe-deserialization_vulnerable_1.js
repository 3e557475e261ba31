'use strict';
// Egg.js controller: restores a saved editor workspace from a cookie and from the cache.
const { Controller } = require('egg');
const Cryo = require('cryo');
const serialize = require('node-serialize');

class WorkspaceController extends Controller {
  async restore() {
    const { ctx } = this;
    const saved = ctx.cookies.get('workspace', { signed: false });
    if (!saved) {
      ctx.body = { panels: [] };
      return;
    }
    const workspace = Cryo.parse(Buffer.from(saved, 'base64').toString('utf8')); // expect: unsafe-deserialization
    ctx.body = { panels: workspace.panels };
  }

  async shared() {
    const { ctx, app } = this;
    const blob = await app.redis.get(`shared-workspace:${ctx.params.id}`);
    const workspace = serialize.unserialize(blob); // expect: unsafe-deserialization
    ctx.body = { panels: workspace.panels, owner: workspace.owner };
  }
}

module.exports = WorkspaceController;
