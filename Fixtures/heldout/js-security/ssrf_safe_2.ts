// pages/api/weather.ts: proxies the public weather service for the dashboard widget.
import type { NextApiRequest, NextApiResponse } from 'next';
import got from 'got';

const WEATHER_API = 'https://api.weather.example.org/v2/current';

interface Weather {
  tempC: number;
  summary: string;
}

async function current(city: string, units: 'metric' | 'imperial'): Promise<Weather> {
  const url = new URL(WEATHER_API);
  url.searchParams.set('city', city);
  url.searchParams.set('units', units);
  return got(url, { timeout: { request: 4000 } }).json<Weather>();
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const city = String(req.query.city ?? 'Berlin').slice(0, 80);
  const units = req.query.units === 'imperial' ? 'imperial' : 'metric';
  res.status(200).json(await current(city, units));
}
