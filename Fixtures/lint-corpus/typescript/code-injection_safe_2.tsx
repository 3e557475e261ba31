import { useEffect, useState } from 'react';

export function Calculator() {
  const [result, setResult] = useState<number>(0);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setResult(Number(params.get('a') ?? 0) + Number(params.get('b') ?? 0));
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setResult((value) => value + 1), 1000);
    return () => clearTimeout(timer);
  }, []);

  return <output>{result}</output>;
}
