import { createError, defineEventHandler, readBody, useSession } from 'h3';
import { findMembership } from '../utils/memberships';

export default defineEventHandler(async (event) => {
  const session = await useSession<{ userId?: string; organisation?: string; plan?: string }>(event, {
    password: process.env.SESSION_PASSWORD ?? '',
  });
  const body = await readBody<{ organisation: string }>(event);
  const membership = await findMembership(session.data.userId, body.organisation);
  if (!membership) {
    throw createError({ statusCode: 403, statusMessage: 'not a member of that organisation' });
  }
  await session.update({ organisation: membership.organisationId, plan: membership.plan });
  return { ok: true, organisation: membership.organisationId };
});
