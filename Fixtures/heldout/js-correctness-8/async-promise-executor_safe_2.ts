import { Geolocation, type Position } from '@capacitor/geolocation';
import { Preferences } from '@capacitor/preferences';

const CACHE_KEY = 'last-fix';

function nextFix(): Promise<Position> {
  return new Promise<Position>((resolve, reject) => {
    const pending = Geolocation.watchPosition({ enableHighAccuracy: true }, (position, error) => {
      if (error || !position) {
        reject(error);
        return;
      }
      pending.then((id) => Geolocation.clearWatch({ id }));
      resolve(position);
    });
  });
}

export async function currentFix(maxAgeMs = 60_000): Promise<Position> {
  const cached = await Preferences.get({ key: CACHE_KEY });
  if (cached.value) {
    const fix = JSON.parse(cached.value) as Position;
    if (Date.now() - fix.timestamp < maxAgeMs) {
      return fix;
    }
  }
  const position = await nextFix();
  await Preferences.set({ key: CACHE_KEY, value: JSON.stringify(position) });
  return position;
}
