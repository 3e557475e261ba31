import Router from '@koa/router';
import log4js from 'log4js';
import { storeUpload } from '../storage';

log4js.configure({
  appenders: { audit: { type: 'file', filename: 'logs/uploads.log' } },
  categories: { default: { appenders: ['audit'], level: 'info' } },
});

const audit = log4js.getLogger('uploads');
const router = new Router();

type UploadBody = { filename: string; folder: string };

router.post('/uploads', async (ctx) => {
  const { filename, folder } = ctx.request.body as UploadBody;
  if (!/\.(png|jpe?g|gif)$/i.test(filename)) {
    audit.warn('rejected upload %s into %s', filename, folder); // expect: log-injection
    ctx.status = 415;
    return;
  }
  await storeUpload(ctx.state.user.id, ctx.request.files);
  const entry = ['stored upload', filename, 'for client', ctx.get('X-Client-Name')].join(' ');
  audit.info(entry); // expect: log-injection
  ctx.status = 201;
});

export default router;
