import { useEffect, useState } from 'react';
import * as Location from 'expo-location';

export interface Position {
  latitude: number;
  longitude: number;
}

export function useNearbyStops(radiusMeters: number): { stops: string[]; error: string | null; updatedAt: string | null } {
  const [stops, setStops] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { status } = await Location.requestForegroundPermissionsAsync();
      if (status !== 'granted') {
        setError('Location permission denied');
        return;
      }
      const here = await Location.getCurrentPositionAsync({ accuracy: Location.Accuracy.Balanced });
      const requestedAt = new Date().toISOString();
      const res = await fetch(
        `https://transit.example.com/stops?lat=${here.coords.latitude}&lon=${here.coords.longitude}&r=${radiusMeters}`,
      );
      const body: { stops: string[] } = await res.json();
      if (!cancelled) {
        setStops(body.stops);
        setUpdatedAt(requestedAt);
      }
    })().catch((e: Error) => setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [radiusMeters]);

  return { stops, error, updatedAt };
}
