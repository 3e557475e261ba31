// Remix route: /onboarding — stores the visitor's answers in the cookie session.
import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { commitSession, getSession } from '~/sessions.server';

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  const form = await request.formData();

  const team = String(form.get('team') ?? '');
  session.set('team', team); // expect: trust-boundary

  const answers: Record<string, string> = {};
  form.forEach((value, key) => {
    if (key.startsWith('q_')) answers[key.slice(2)] = String(value);
  });
  session.set('onboardingAnswers', answers); // expect: trust-boundary

  return redirect('/onboarding/done', { headers: { 'Set-Cookie': await commitSession(session) } });
}
