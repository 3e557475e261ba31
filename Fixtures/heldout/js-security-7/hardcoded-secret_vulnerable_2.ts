// Apollo Server context and datasource for the notifications service.
import { RESTDataSource } from '@apollo/datasource-rest';
import Pusher from 'pusher';
import { createHmac } from 'node:crypto';

const MAILGUN_API_KEY = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0'; // expect: hardcoded-secret

export const pusher = new Pusher({
  appId: '1720344',
  key: process.env.PUSHER_KEY ?? '',
  secret: '9f2c1a7d6e5b4c3a2f1e', // expect: hardcoded-secret
  cluster: 'eu',
  useTLS: true,
});

export class MailAPI extends RESTDataSource {
  override baseURL = 'https://api.eu.mailgun.net/v3/';

  override willSendRequest(_path: string, request: { headers: Record<string, string> }) {
    const basic = Buffer.from(`api:${MAILGUN_API_KEY}`).toString('base64');
    request.headers.authorization = `Basic ${basic}`;
  }

  async send(to: string, subject: string, text: string) {
    return this.post('mg.example.com/messages', { body: new URLSearchParams({ from: 'noreply@example.com', to, subject, text }) });
  }
}

export function signWebhook(payload: string): string {
  return createHmac('sha256', 'whsec_4eC39HqLyjWDarjtT1zdp7dc').update(payload).digest('hex'); // expect: hardcoded-secret
}
