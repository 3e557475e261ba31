// Invite tokens and SMS codes from the secure generators; non-secure ids only name list items.
import { customAlphabet } from 'nanoid';
import { nanoid as shortId } from 'nanoid/non-secure';
import { randomInt } from 'crypto';
import { saveSmsCode, storeInvite } from './store';

const inviteId = customAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16);

export async function invite(team: string, email: string): Promise<void> {
  const token = inviteId();
  await storeInvite(team, email, token);
}

export async function textCode(phone: string): Promise<void> {
  await saveSmsCode(phone, String(randomInt(0, 1_000_000)).padStart(6, '0'));
}

export function listItem(text: string): { key: string; text: string } {
  return { key: shortId(), text };
}
