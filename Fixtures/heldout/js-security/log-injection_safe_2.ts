import Fastify from 'fastify';
import pino from 'pino';

const audit = pino({ name: 'audit' }, pino.destination('/var/log/shop/audit.log'));
const app = Fastify();
const REASONS = new Set(['damaged', 'late', 'wrong-item', 'other']);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type RefundBody = { orderId: string; reason: string };

app.post<{ Body: RefundBody }>('/refunds', async (req, reply) => {
  const { orderId, reason } = req.body;
  if (!UUID_RE.test(orderId)) {
    return reply.code(400).send({ error: 'bad order id' });
  }
  audit.info(`refund.requested ip=${req.ip} order=${orderId} reason=${REASONS.has(reason) ? reason : 'other'}`);
  return { status: 'queued' };
});

app.get<{ Params: { code: string } }>('/coupons/:code', async (req, reply) => {
  audit.warn({ coupon: req.params.code }, 'unknown coupon');
  return reply.code(404).send({ valid: false });
});

export default app;
