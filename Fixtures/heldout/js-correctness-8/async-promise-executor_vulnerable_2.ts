import { Geolocation, type Position } from '@capacitor/geolocation';
import { Preferences } from '@capacitor/preferences';

const CACHE_KEY = 'last-fix';

export function currentFix(maxAgeMs = 60_000): Promise<Position> {
  return new Promise<Position>(async (resolve, reject) => { // expect: async-promise-executor
    const cached = await Preferences.get({ key: CACHE_KEY });
    if (cached.value) {
      const fix = JSON.parse(cached.value) as Position;
      if (Date.now() - fix.timestamp < maxAgeMs) {
        resolve(fix);
        return;
      }
    }
    const watchId = await Geolocation.watchPosition({ enableHighAccuracy: true }, (position, error) => {
      if (error || !position) {
        reject(error);
        return;
      }
      Geolocation.clearWatch({ id: watchId });
      Preferences.set({ key: CACHE_KEY, value: JSON.stringify(position) });
      resolve(position);
    });
  });
}
