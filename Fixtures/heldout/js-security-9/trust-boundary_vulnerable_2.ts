import { defineEventHandler, readBody, useSession } from 'h3';

interface Preferences {
  organisation: string;
  plan: string;
}

export default defineEventHandler(async (event) => {
  const session = await useSession<{ organisation?: string; plan?: string }>(event, {
    password: process.env.SESSION_PASSWORD ?? '',
  });
  const body = await readBody<Preferences>(event);
  await session.update({ organisation: body.organisation, plan: body.plan }); // expect: trust-boundary
  return { ok: true, organisation: session.data.organisation };
});
