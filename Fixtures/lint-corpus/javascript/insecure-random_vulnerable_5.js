// Browser: single-page app helpers.
export function csrfNonce() {
  const nonce = String(Math.random()).substring(2); // expect: insecure-random
  sessionStorage.setItem('csrf', nonce);
  return nonce;
}

export function newApiKey() {
  return 'key-xxxxxxxxxxxxxxxx'.replace(/x/g, () => ((Math.random() * 16) | 0).toString(16)); // expect: insecure-random
}
