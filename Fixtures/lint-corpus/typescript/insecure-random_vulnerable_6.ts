// Invite tokens and SMS codes for the team workspace.
import { customAlphabet } from 'nanoid/non-secure';
import { saveSmsCode, storeInvite } from './store';

const inviteId = customAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16);

export async function invite(team: string, email: string): Promise<void> {
  const token = inviteId(); // expect: insecure-random
  await storeInvite(team, email, token);
}

export async function textCode(phone: string): Promise<void> {
  const digits = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0'); // expect: insecure-random
  await saveSmsCode(phone, digits);
}
