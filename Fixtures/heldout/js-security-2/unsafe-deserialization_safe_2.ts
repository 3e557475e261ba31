// Koa: wizard state validated with zod; report cache written with v8.serialize
import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import v8 from 'node:v8';
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';

const router = new Router();
const WizardState = z.object({ step: z.number().int().min(1).max(6), answers: z.record(z.string()) });

router.post('/wizard/resume', async (ctx) => {
  const { state } = ctx.request.body as { state: string };
  const parsed = WizardState.safeParse(JSON.parse(Buffer.from(state, 'base64').toString()));
  ctx.body = { step: parsed.success ? parsed.data.step : 1 };
});

router.post('/reports/:id/snapshot', async (ctx) => {
  const report = await ctx.state.reports.build(ctx.params.id);
  await writeFile(`/var/cache/reports/${report.id}.bin`, v8.serialize(report));
  ctx.body = { cached: report.id };
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
export default app;
