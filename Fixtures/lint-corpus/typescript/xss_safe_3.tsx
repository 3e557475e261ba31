import DOMPurify from 'dompurify';
import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';
import { useEffect, useState } from 'react';

export const router = express.Router();

router.get('/search', (req: Request, res: Response) => {
  const term = escapeHtml(String(req.query.q ?? ''));
  const html = '<h2>Results for ' + term + '</h2>';
  res.send(html);
});

router.get('/api/search', (req: Request, res: Response) => {
  res.json({ query: req.query.q, results: [] });
});

export function Announcement() {
  const [html, setHtml] = useState('');

  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    setHtml(DOMPurify.sanitize(`<strong>${hash}</strong>`));
  }, []);

  return <section className="announcement" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Title() {
  const title = new URLSearchParams(window.location.search).get('title') ?? 'Untitled';
  return <h1>{title}</h1>;
}
