// Feathers hooks for the invitations service: invite tokens and team API keys.
import type { HookContext } from '@feathersjs/feathers';
import _ from 'lodash';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');

function inviteToken(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 12); // expect: insecure-random
}

export const addInviteToken = async (context: HookContext) => {
  context.data = { ...context.data, token: inviteToken(), expiresAt: Date.now() + 7 * 86400000 };
  return context;
};

export const addApiKey = async (context: HookContext) => {
  const key = 'tk_' + _.sampleSize(ALPHABET, 32).join(''); // expect: insecure-random
  context.data = { ...context.data, apiKey: key };
  return context;
};

export default {
  before: {
    create: [addInviteToken],
    patch: [addApiKey],
  },
};
