import express, { Request, Response } from 'express';
import { parseXml } from 'libxmljs';

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/invoices', (req: Request, res: Response) => {
  const doc = parseXml(req.body as string, { noent: true, noblanks: true }); // expect: xxe
  res.json({ lines: doc.find('//line').length });
});

export default app;
