import { useEffect, useState, useMemo } from "react";  // expect: unused-variable

interface Weather {
  city: string;
  tempC: number;
}

export function useWeather(city: string) {
  const [data, setData] = useState<Weather | null>(null);
  const [error, setError] = useState<string | null>(null);
  const started = Date.now();  // expect: unused-variable

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/weather?city=${encodeURIComponent(city)}`, { signal: controller.signal })
      .then((r) => r.json())
      .then((w: Weather) => setData(w))
      .catch((e: Error) => setError(e.message));
    return () => controller.abort();
  }, [city]);

  return { data, error };
}
