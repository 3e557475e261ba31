'use strict';
// ws upgrade handler: access and delegation tokens both verified, expiry enforced.
const http = require('node:http');
const { WebSocketServer } = require('ws');
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;
const VERIFY_OPTIONS = { algorithms: ['RS256'], issuer: 'https://auth.example.com/', audience: 'dashboard' };
const server = http.createServer();
const wss = new WebSocketServer({ noServer: true });

function claimsFor(token) {
  return jwt.verify(token, PUBLIC_KEY, VERIFY_OPTIONS);
}

server.on('upgrade', (request, socket, head) => {
  const url = new URL(request.url, 'http://localhost');
  let claims;
  try {
    claims = claimsFor(url.searchParams.get('token') || '');
    const actingAs = url.searchParams.get('actAs');
    if (actingAs) {
      const delegation = claimsFor(actingAs);
      if (delegation.delegate !== claims.sub) {
        throw new Error('delegation not granted');
      }
      claims = Object.assign({}, claims, { sub: delegation.sub, delegatedBy: claims.sub });
    }
  } catch {
    socket.destroy();
    return;
  }
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, claims));
});

server.listen(Number(process.env.PORT || 8090));
