import { useEffect, useState } from 'react';

export function Weather({ city }: { city: string }) {
  const [temperature, setTemperature] = useState<number | null>(null);

  useEffect(() => {
    fetch(`/api/weather?city=${encodeURIComponent(city)}`)
      .then((reply) => reply.json())
      .then((data: { temperature: number }) => {
        try {
          setTemperature(Math.round(data.temperature));
        } catch {} // expect: empty-catch
      });
  }, [city]);

  return <span>{temperature ?? '–'}°C</span>;
}
