import { useEffect, useRef, useState } from "react"; // expect: unused-variable

export interface Forecast {
  day: string;
  min: number;
  max: number;
}

export function useForecast(city: string) {
  const [data, setData] = useState<Forecast[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const started = Date.now(); // expect: unused-variable
    fetch(`/api/forecast?city=${encodeURIComponent(city)}`, { signal: controller.signal })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(res.statusText))))
      .then((json: { days: Forecast[] }) => setData(json.days))
      .catch((err: Error) => {
        if (err.name !== "AbortError") setError(err.message);
      });
    return () => controller.abort();
  }, [city]);

  return { data, error };
}
