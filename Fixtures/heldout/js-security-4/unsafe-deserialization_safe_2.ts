// AWS Lambda: automation import accepting YAML with the core schema or JSON, validated by zod.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import yaml from 'js-yaml';
import { z } from 'zod';
import { saveAutomation } from './automations';

const Automation = z.object({
  name: z.string().min(1).max(80),
  steps: z.array(z.object({ type: z.enum(['email', 'webhook', 'wait']), value: z.string() })).max(20),
});

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const format = event.headers['content-type'] ?? 'application/json';
  const text = event.body ?? '';
  const raw = format.includes('yaml') ? yaml.load(text, { schema: yaml.CORE_SCHEMA }) : JSON.parse(text);
  const parsed = Automation.safeParse(raw);
  if (!parsed.success) {
    return { statusCode: 400, body: JSON.stringify({ error: parsed.error.issues[0]?.message }) };
  }
  await saveAutomation(parsed.data);
  return { statusCode: 201, body: JSON.stringify({ name: parsed.data.name }) };
};
