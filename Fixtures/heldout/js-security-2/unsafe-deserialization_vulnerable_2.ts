// Koa: resumable wizard state and cached report blobs
import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import v8 from 'node:v8';
import { unserialize } from 'node-serialize';

const router = new Router();

function restoreState(encoded: string): Record<string, unknown> {
  return unserialize(Buffer.from(encoded, 'base64').toString()); // expect: unsafe-deserialization
}

router.post('/wizard/resume', async (ctx) => {
  const { state } = ctx.request.body as { state: string };
  const restored = restoreState(state);
  ctx.body = { step: restored.step ?? 1 };
});

router.post('/reports/cache', async (ctx) => {
  const { blob } = ctx.request.body as { blob: string };
  const report = v8.deserialize(Buffer.from(blob, 'base64')); // expect: unsafe-deserialization
  ctx.body = { rows: Array.isArray(report.rows) ? report.rows.length : 0 };
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
export default app;
