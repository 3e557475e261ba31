// Nuxt server routes helpers: session ids and invite tokens for the team workspace.
import { customAlphabet } from 'nanoid/non-secure';
import { defineEventHandler, readBody } from 'h3';
import { storeInvite } from '../utils/invites';

const inviteToken = customAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 12);

export function newSessionId(): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256)); // expect: insecure-random
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
}

export default defineEventHandler(async (event) => {
  const { email, team } = await readBody<{ email: string; team: string }>(event);
  const token = inviteToken(); // expect: insecure-random
  await storeInvite(team, email, token);
  return { invited: email };
});
