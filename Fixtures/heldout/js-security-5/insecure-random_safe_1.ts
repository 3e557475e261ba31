// Feathers hooks for invitations: tokens and API keys from node:crypto.
import type { HookContext } from '@feathersjs/feathers';
import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function inviteToken(): string {
  return randomBytes(24).toString('base64url');
}

function apiKey(): string {
  return 'tk_' + Array.from({ length: 32 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export const addInviteToken = async (context: HookContext) => {
  context.data = { ...context.data, token: inviteToken(), expiresAt: Date.now() + 7 * 86400000 };
  return context;
};

export const addApiKey = async (context: HookContext) => {
  context.data = { ...context.data, apiKey: apiKey() };
  return context;
};

export default {
  before: {
    create: [addInviteToken],
    patch: [addApiKey],
  },
};
