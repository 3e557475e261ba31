import { useEffect, useState } from 'react';

export function Weather({ city }: { city: string }) {
  const [temperature, setTemperature] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    fetch(`/api/weather?city=${encodeURIComponent(city)}`)
      .then((reply) => reply.json())
      .then((data: { temperature: number }) => setTemperature(Math.round(data.temperature)))
      .catch(() => setFailed(true));
  }, [city]);

  return <span>{failed ? 'unavailable' : `${temperature ?? '–'}°C`}</span>;
}
