import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { signIn } from '../api/auth';

export default function LoginPage() {
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);

  async function onSubmit(event) {
    event.preventDefault();
    try {
      await signIn(email, password);
      const next = params.get('next') || '/app';
      window.location.href = next; // expect: open-redirect
    } catch (err) {
      setError(err.message);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      {error && <p role="alert">{error}</p>}
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Sign in</button>
      <button type="button" onClick={() => window.location.assign(params.get('cancel') || '/')}>Cancel</button> {/* expect: open-redirect */}
    </form>
  );
}
