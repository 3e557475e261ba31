import { useMemo } from 'react';

export function Plot({ points }: { points: number[] }) {
  const formula = new URLSearchParams(window.location.search).get('f') ?? 'x';
  const transform = useMemo(() => new Function('x', `return ${formula};`), [formula]); // expect: code-injection
  return <polyline points={points.map((x, i) => `${i},${transform(x)}`).join(' ')} />;
}

export function startTicker() {
  const action = document.URL.split('#')[1];
  return setInterval(action, 1000); // expect: code-injection
}
