import Fastify, { FastifyRequest } from 'fastify';
import pino from 'pino';

const audit = pino({ name: 'audit' }, pino.destination('/var/log/shop/audit.log'));
const app = Fastify();

type RefundBody = { orderId: string; reason: string };

function auditEvent(event: string, req: FastifyRequest, detail: string): void {
  audit.info(`${event} ip=${req.ip} ${detail}`); // expect: log-injection
}

app.post<{ Body: RefundBody }>('/refunds', async (req) => {
  const { orderId, reason } = req.body;
  auditEvent('refund.requested', req, `order=${orderId} reason=${reason}`);
  return { status: 'queued' };
});

app.get<{ Params: { code: string } }>('/coupons/:code', async (req, reply) => {
  audit.warn('unknown coupon ' + req.params.code); // expect: log-injection
  return reply.code(404).send({ valid: false });
});

export default app;
