import { useState } from 'react';

export function TwoFactorSetup() {
  const [recoveryCodes] = useState(() =>
    Array.from({ length: 8 }, () => Math.random().toString(16).slice(2, 10)), // expect: insecure-random
  );
  return <ul>{recoveryCodes.map((code) => <li key={code}>{code}</li>)}</ul>;
}

export function oauthState(): string {
  const state = `${Math.random()}`.replace('0.', ''); // expect: insecure-random
  sessionStorage.setItem('oauth_state', state);
  return state;
}
