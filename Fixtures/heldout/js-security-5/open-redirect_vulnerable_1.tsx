// SolidJS sign-in page: after login, go back where the user came from.
import { createSignal } from 'solid-js';
import { useSearchParams } from '@solidjs/router';
import { signIn, signOut } from './api';

export default function SignIn() {
  const [params] = useSearchParams();
  const [error, setError] = createSignal('');

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const ok = await signIn(String(form.get('email')), String(form.get('password')));
    if (!ok) {
      setError('Wrong e-mail or password');
      return;
    }
    const target = (params.returnTo as string) || '/';
    window.location.assign(target); // expect: open-redirect
  }

  async function leave() {
    await signOut();
    window.location.replace(document.referrer || '/'); // expect: open-redirect
  }

  return (
    <form onSubmit={submit}>
      <input name="email" type="email" />
      <input name="password" type="password" />
      <p class="error">{error()}</p>
      <button type="submit">Sign in</button>
      <button type="button" onClick={leave}>Cancel</button>
    </form>
  );
}
