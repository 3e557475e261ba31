export function Price({ cents }: { cents: number }) {
  for (const currency of ['EUR', 'USD']) {
    if (currency === 'EUR') {
      break;
      cents = cents * 1.1; // expect: unreachable-code
    }
  }
  return <span>{(cents / 100).toFixed(2)}</span>;
}
