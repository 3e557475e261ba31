export function Price({ cents }: { cents: number }) {
  let total = cents;
  for (const currency of ['EUR', 'USD']) {
    if (currency === 'EUR') {
      total = total * 1.1;
      break;
    }
  }
  return <span>{(total / 100).toFixed(2)}</span>;
}
