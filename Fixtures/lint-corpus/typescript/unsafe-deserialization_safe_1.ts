import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';

const app = express();
app.use(cookieParser());

interface Preferences {
  theme: 'light' | 'dark';
  language: string;
}

app.get('/preferences', (req: Request, res: Response) => {
  const encoded: string = req.cookies.prefs ?? 'e30=';
  const prefs = JSON.parse(Buffer.from(encoded, 'base64').toString()) as Partial<Preferences>;
  res.json({ theme: prefs.theme ?? 'light', language: prefs.language ?? 'en' });
});

export default app;
