// Hono route queuing declarative automations; the BullMQ worker interprets a fixed set of steps.
import { Hono } from 'hono';
import { Queue, Worker, Job } from 'bullmq';
import { loadTicket, updateTicket } from './tickets';

type Step = { action: 'assign' | 'label' | 'close'; value?: string };

const connection = { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 };
const automations = new Queue('automations', { connection });
const ACTIONS = new Set(['assign', 'label', 'close']);

export const app = new Hono();

app.post('/tickets/:id/automations', async (c) => {
  const body = await c.req.json<{ steps: unknown }>();
  const steps = JSON.parse(JSON.stringify(body.steps ?? []));
  if (!Array.isArray(steps) || !steps.every((s) => ACTIONS.has(s.action))) {
    return c.json({ error: 'unknown step' }, 400);
  }
  const job = await automations.add('run', { ticketId: c.req.param('id'), steps });
  return c.json({ queued: job.id });
});

async function runAutomation(job: Job) {
  const ticket = await loadTicket(job.data.ticketId);
  for (const step of job.data.steps as Step[]) {
    if (step.action === 'assign') ticket.assignee = String(step.value);
    if (step.action === 'label') ticket.labels.push(String(step.value));
    if (step.action === 'close') ticket.status = 'closed';
  }
  await updateTicket(ticket);
  return { done: true };
}

export const worker = new Worker('automations', runAutomation, { connection });
