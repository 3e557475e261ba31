// Hono route that queues user automation scripts; a BullMQ worker runs them.
import { Hono } from 'hono';
import { Queue, Worker, Job } from 'bullmq';
import { loadTicket, updateTicket } from './tickets';

const connection = { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 };
const automations = new Queue('automations', { connection });
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;

export const app = new Hono();

app.post('/tickets/:id/automations', async (c) => {
  const body = await c.req.json<{ script: string; guard?: string }>();
  const job = await automations.add('run', { ticketId: c.req.param('id'), script: body.script, guard: body.guard });
  return c.json({ queued: job.id });
});

async function runAutomation(job: Job) {
  const ticket = await loadTicket(job.data.ticketId);
  if (job.data.guard && !eval(job.data.guard)) { // expect: code-injection
    return { skipped: true };
  }
  const action = new AsyncFunction('ticket', 'update', job.data.script); // expect: code-injection
  await action(ticket, updateTicket);
  return { done: true };
}

export const worker = new Worker('automations', runAutomation, { connection });
