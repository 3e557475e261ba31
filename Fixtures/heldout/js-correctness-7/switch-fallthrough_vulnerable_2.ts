// Twilio status callback handler: updates the delivery state of outbound SMS.
import type { Request, Response } from 'express';
import { MessageStore } from './message-store';

const store = new MessageStore();

export async function smsStatus(req: Request, res: Response) {
  const { MessageSid: sid, MessageStatus: status, ErrorCode: errorCode } = req.body as Record<string, string>;
  const update: { state: string; error?: string; deliveredAt?: Date } = { state: 'pending' };
  switch (status) {
    case 'queued':
    case 'sending':
      update.state = 'pending';
      break;
    case 'delivered':
      update.state = 'delivered';
      update.deliveredAt = new Date();
    case 'undelivered': // expect: switch-fallthrough
      update.state = 'failed';
      update.error = errorCode;
      break;
    default:
      update.state = status;
  }
  await store.update(sid, update);
  res.status(204).end();
}
