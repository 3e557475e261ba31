// Mail previews: the subject template comes from the request body.
import template from 'lodash/template';
import type { Request, Response } from 'express';

export function preview(req: Request, res: Response): void {
  const subject = template(req.body.subject); // expect: template-injection
  res.json({ subject: subject({ name: 'Ada' }) });
}
