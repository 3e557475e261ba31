import { component$, useVisibleTask$ } from '@builder.io/qwik';
import { routeLoader$, useLocation, type RequestHandler } from '@builder.io/qwik-city';
import { getAccount } from '~/lib/accounts';

export const onGet: RequestHandler = async ({ url, cookie, redirect }) => {
  const session = cookie.get('sid')?.value;
  if (!session) {
    const back = url.searchParams.get('back') ?? '/';
    throw redirect(302, back); // expect: open-redirect
  }
};

export const useAccount = routeLoader$(async ({ cookie }) => getAccount(cookie.get('sid')?.value ?? ''));

export default component$(() => {
  const loc = useLocation();
  const account = useAccount();

  useVisibleTask$(() => {
    const next = loc.url.searchParams.get('continue');
    if (next && account.value.onboarded) {
      window.location.href = next; // expect: open-redirect
    }
  });

  return <p>Welcome back, {account.value.name}</p>;
});
