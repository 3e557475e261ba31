// Twilio status callback handler: each status maps to its own update.
import type { Request, Response } from 'express';
import { MessageStore } from './message-store';

const store = new MessageStore();

function updateFor(status: string, errorCode: string | undefined) {
  switch (status) {
    case 'queued':
    case 'sending':
      return { state: 'pending' };
    case 'delivered':
      return { state: 'delivered', deliveredAt: new Date() };
    case 'undelivered':
    case 'failed':
      return { state: 'failed', error: errorCode };
    default:
      return { state: status };
  }
}

export async function smsStatus(req: Request, res: Response) {
  const { MessageSid: sid, MessageStatus: status, ErrorCode: errorCode } = req.body as Record<string, string>;
  await store.update(sid, updateFor(status, errorCode));
  res.status(204).end();
}
