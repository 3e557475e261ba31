import { useEffect } from 'react';

export function MapPanel({ center }: { center: [number, number] }) {
  useEffect(() => {
    debugger; // expect: leftover-debug
    console.info('center changed', center); // expect: leftover-debug
  }, [center]);
  return <div className="map" data-lat={center[0]} data-lng={center[1]} />;
}
