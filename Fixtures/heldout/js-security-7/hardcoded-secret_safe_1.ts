// Apollo Server context and datasource for the notifications service: secrets from the environment.
import { RESTDataSource } from '@apollo/datasource-rest';
import Pusher from 'pusher';
import { createHmac } from 'node:crypto';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing environment variable ${name}`);
  }
  return value;
}

const MAILGUN_KEY_VAR = 'MAILGUN_API_KEY';

export const pusher = new Pusher({
  appId: required('PUSHER_APP_ID'),
  key: required('PUSHER_KEY'),
  secret: required('PUSHER_SECRET'),
  cluster: 'eu',
  useTLS: true,
});

export class MailAPI extends RESTDataSource {
  override baseURL = 'https://api.eu.mailgun.net/v3/';

  override willSendRequest(_path: string, request: { headers: Record<string, string> }) {
    const basic = Buffer.from(`api:${required(MAILGUN_KEY_VAR)}`).toString('base64');
    request.headers.authorization = `Basic ${basic}`;
  }

  async send(to: string, subject: string, text: string) {
    return this.post('mg.example.com/messages', { body: new URLSearchParams({ from: 'noreply@example.com', to, subject, text }) });
  }
}

export function signWebhook(payload: string): string {
  return createHmac('sha256', required('WEBHOOK_SIGNING_SECRET')).update(payload).digest('hex');
}
