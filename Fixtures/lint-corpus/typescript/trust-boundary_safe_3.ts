import Router from '@koa/router';

const THEMES = ['light', 'dark', 'contrast'] as const;
type Theme = (typeof THEMES)[number];

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

const router = new Router();

router.post('/prefs/theme', (ctx) => {
  const body = ctx.request.body as { theme?: unknown };
  if (ctx.session && isTheme(body.theme)) {
    ctx.session.theme = body.theme;
  }
  ctx.body = { ok: true };
});

export default router;
