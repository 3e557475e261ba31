// Mail previews: the template is the application's; the request only fills it.
import template from 'lodash/template';
import type { Request, Response } from 'express';

const SUBJECT = template('Hello <%- name %>, your order shipped');

export function preview(req: Request, res: Response): void {
  res.json({ subject: SUBJECT({ name: String(req.body.name) }) });
}
