// AWS Lambda: imports a saved automation (with its callback functions) posted by the web editor.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import funcster from 'funcster';
import yaml from 'js-yaml';
import { saveAutomation } from './automations';

interface Automation {
  name: string;
  steps: unknown[];
}

function fromYaml(text: string): Automation {
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA }) as Automation; // expect: unsafe-deserialization
}

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const format = event.headers['content-type'] ?? 'application/json';
  const text = event.body ?? '';
  const automation = format.includes('yaml')
    ? fromYaml(text)
    : (funcster.deepDeserialize(JSON.parse(text)) as Automation); // expect: unsafe-deserialization
  await saveAutomation(automation);
  return { statusCode: 201, body: JSON.stringify({ name: automation.name, steps: automation.steps.length }) };
};
