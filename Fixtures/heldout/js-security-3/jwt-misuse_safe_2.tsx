import { jwtDecode } from 'jwt-decode';
import { useMemo } from 'react';
import { useAuth } from '../auth/AuthProvider';

type IdClaims = { name?: string; email?: string; picture?: string };

// Display only: the API verifies the token on every request; the browser just shows who is signed in.
export function AccountBadge() {
  const { idToken, signOut } = useAuth();
  const claims = useMemo(() => (idToken ? jwtDecode<IdClaims>(idToken) : null), [idToken]);

  if (!claims) {
    return <a href="/login">Sign in</a>;
  }
  return (
    <div className="account-badge">
      {claims.picture && <img src={claims.picture} alt="" width={24} height={24} />}
      <span>{claims.name ?? claims.email}</span>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </div>
  );
}
