import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/search', (req: Request, res: Response) => {
  const term = String(req.query.q ?? '');
  const html = '<h2>Results for ' + term + '</h2><ul id="results"></ul>';
  res.send(html); // expect: xss
});

export function showToast(container: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const notice = params.get('notice');
  if (notice) {
    container.insertAdjacentHTML('afterbegin', `<div class="toast">${notice}</div>`); // expect: xss
  }
}

export default router;
