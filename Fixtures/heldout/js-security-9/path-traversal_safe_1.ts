import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export function fixturesPlugin(root: string): Plugin {
  const fixtures = path.resolve(root, 'fixtures');
  return {
    name: 'serve-fixtures',
    configureServer(server) {
      server.middlewares.use('/__fixtures', (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const file = path.resolve(fixtures, '.' + decodeURIComponent(url.pathname));
        if (!file.startsWith(fixtures + path.sep)) {
          res.statusCode = 403;
          res.end('forbidden');
          return;
        }
        fs.readFile(file, (err, data) => {
          if (err) {
            res.statusCode = 404;
            res.end('not found');
            return;
          }
          res.setHeader('Content-Type', 'application/json');
          res.end(data);
        });
      });
    },
  };
}
