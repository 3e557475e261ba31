// AWS Lambda behind API Gateway: evaluates a pricing rule sent by the rules editor.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const rule = JSON.parse(event.body ?? '{}');
  const price = new Function('cart', `return ${rule.expression};`); // expect: code-injection
  return { statusCode: 200, body: JSON.stringify({ total: price({ items: [] }) }) };
};
