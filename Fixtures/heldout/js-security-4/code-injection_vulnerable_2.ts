// Nuxt server route /api/automation: evaluates automation rules posted from the rule editor.
import { createError, defineEventHandler, readBody } from 'h3';
import { currentOrder } from '../utils/orders';

interface RuleBody {
  condition: string;
  action: string;
}

export default defineEventHandler(async (event) => {
  const rule = await readBody<RuleBody>(event);
  if (!rule.condition || !rule.action) {
    throw createError({ statusCode: 400, statusMessage: 'condition and action required' });
  }
  const order = await currentOrder(event);
  const matches = eval(`(function (order) { return ${rule.condition}; })`)(order); // expect: code-injection
  if (!matches) return { fired: false };
  const run = new Function('order', 'notify', rule.action); // expect: code-injection
  const sent: string[] = [];
  run(order, (channel: string) => sent.push(channel));
  return { fired: true, sent };
});
