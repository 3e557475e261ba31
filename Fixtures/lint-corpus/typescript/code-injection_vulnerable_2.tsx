import { useEffect, useState } from 'react';

export function Calculator() {
  const [result, setResult] = useState<number>(0);

  useEffect(() => {
    const expression = new URLSearchParams(window.location.search).get('expr') ?? '0';
    setResult(Number(eval(expression))); // expect: code-injection
  }, []);

  useEffect(() => {
    const onMessage = (event: MessageEvent<string>) => {
      const handler = Function('return ' + event.data)(); // expect: code-injection
      setResult(Number(handler));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return <output>{result}</output>;
}
