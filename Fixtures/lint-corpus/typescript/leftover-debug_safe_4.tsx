import { useEffect } from 'react';

export function MapView({ center, onError }: { center: [number, number]; onError: (e: Error) => void }) {
  useEffect(() => {
    if (Number.isNaN(center[0])) {
      onError(new Error('invalid latitude'));
    }
  }, [center, onError]);
  return <div className="map" data-lat={center[0]} data-lng={center[1]} />;
}
