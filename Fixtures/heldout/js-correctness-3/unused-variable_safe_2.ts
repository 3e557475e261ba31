import { useEffect, useState } from "react";
import type { Dispatch, SetStateAction } from "react";

export interface Forecast {
  day: string;
  min: number;
  max: number;
}

export function usePersistentCity(initial: string): [string, Dispatch<SetStateAction<string>>] {
  const [city, setCity] = useState(() => localStorage.getItem("city") ?? initial);
  useEffect(() => {
    localStorage.setItem("city", city);
  }, [city]);
  return [city, setCity];
}

export function warmestDay(days: Forecast[]): Forecast | undefined {
  let best: Forecast | undefined;
  for (const { max, ...rest } of days) {
    if (!best || max > best.max) {
      best = { max, ...rest };
    }
  }
  return best;
}
