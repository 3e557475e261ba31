import { useEffect, useState } from "react";
import type { ReactNode } from "react";

export interface Weather {
  city: string;
  tempC: number;
}

export function useWeather(city: string) {
  const [data, setData] = useState<Weather | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/weather?city=${encodeURIComponent(city)}`, { signal: controller.signal })
      .then((r) => r.json())
      .then((w: Weather) => setData(w));
    return () => controller.abort();
  }, [city]);

  return data;
}

export function label(w: Weather, fallback: ReactNode = "n/a"): ReactNode {
  return w ? `${w.city}: ${w.tempC.toFixed(1)} °C` : fallback;
}
