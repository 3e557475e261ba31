import Router from '@koa/router';
import log4js from 'log4js';
import { storeUpload } from '../storage';

log4js.configure({
  appenders: { audit: { type: 'file', filename: 'logs/uploads.log' } },
  categories: { default: { appenders: ['audit'], level: 'info' } },
});

const audit = log4js.getLogger('uploads');
const router = new Router();

function oneLine(value: unknown, max = 120): string {
  return String(value).replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[^\x20-\x7e]/g, '?').slice(0, max);
}

router.post('/uploads', async (ctx) => {
  const { filename } = ctx.request.body as { filename: string };
  if (!/\.(png|jpe?g|gif)$/i.test(filename)) {
    audit.warn('rejected upload %s', oneLine(filename));
    ctx.status = 415;
    return;
  }
  const stored = await storeUpload(ctx.state.user.id, ctx.request.files);
  audit.info('stored upload #%d for user %d', Number(stored.id), Number(ctx.state.user.id));
  ctx.status = 201;
});

export default router;
