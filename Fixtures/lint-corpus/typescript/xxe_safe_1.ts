import express, { Request, Response } from 'express';
import { parseXml } from 'libxmljs';
import { XMLParser } from 'fast-xml-parser';

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/invoices', (req: Request, res: Response) => {
  const doc = parseXml(req.body as string, { noblanks: true, nonet: true });
  res.json({ lines: doc.find('//line').length });
});

app.post('/orders', (req: Request, res: Response) => {
  const order = new XMLParser({ ignoreAttributes: false }).parse(req.body as string);
  res.json(order);
});

export default app;
