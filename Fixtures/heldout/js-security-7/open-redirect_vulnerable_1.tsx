// TanStack Router (React): sign-in route that sends the user back where they came from.
import { createFileRoute, redirect, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { getSession } from '../lib/session';

interface SignInSearch {
  next?: string;
  popupReturn?: string;
}

export const Route = createFileRoute('/signin')({
  validateSearch: (search: Record<string, unknown>): SignInSearch => ({
    next: typeof search.next === 'string' ? search.next : undefined,
    popupReturn: typeof search.popupReturn === 'string' ? search.popupReturn : undefined,
  }),
  beforeLoad: async ({ search }) => {
    const session = await getSession();
    if (session && search.next) {
      throw redirect({ href: search.next }); // expect: open-redirect
    }
  },
  component: SignInPage,
});

function SignInPage() {
  const { popupReturn } = useSearch({ from: '/signin' });

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.data === 'signed-in' && popupReturn) {
        window.location.assign(popupReturn); // expect: open-redirect
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [popupReturn]);

  return <iframe title="sign in" src="/auth/frame" />;
}
