import Pusher from 'pusher';
import type { IncomingMessage, ServerResponse } from 'node:http';

const pusher = new Pusher({
  appId: process.env.PUSHER_APP_ID ?? '',
  key: process.env.PUSHER_KEY ?? '',
  secret: process.env.PUSHER_SECRET ?? '',
  cluster: 'eu',
});

export function handleWebhook(req: IncomingMessage & { rawBody: string }, res: ServerResponse, online: Set<string>): void {
  const webhook = pusher.webhook({ headers: req.headers as Record<string, string>, rawBody: req.rawBody });
  if (!webhook.isValid()) {
    online.clear();
    res.statusCode = 401;
    res.end();
    return;
  }
  for (const event of webhook.getEvents()) {
    if (event.name === 'channel_vacated') {
      online.delete(event.channel);
      res.setHeader('x-last-vacated', event.channel);
      continue;
    }
    online.add(event.channel);
  }
  res.statusCode = 200;
  res.end();
}
