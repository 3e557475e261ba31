import express, { NextFunction, Request, Response } from 'express';
import errorhandler from 'errorhandler';

const app = express();

app.get('/invoices/:id', (req: Request, _res: Response, next: NextFunction) => {
  next(new Error(`invoice ${req.params.id} failed`));
});

app.use(errorhandler({ log: true })); // expect: debug-mode

export default app;
