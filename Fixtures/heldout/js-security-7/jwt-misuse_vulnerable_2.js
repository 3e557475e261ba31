'use strict';
// ws upgrade handler: authenticates dashboard sockets with the access token in the query.
const http = require('node:http');
const { WebSocketServer } = require('ws');
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;
const server = http.createServer();
const wss = new WebSocketServer({ noServer: true });

function claimsFor(token) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], ignoreExpiration: true }); // expect: jwt-misuse
}

server.on('upgrade', (request, socket, head) => {
  const url = new URL(request.url, 'http://localhost');
  const token = url.searchParams.get('token') || '';
  let claims;
  try {
    claims = claimsFor(token);
  } catch {
    socket.destroy();
    return;
  }
  const actingAs = url.searchParams.get('actAs');
  if (actingAs) {
    const delegation = jwt.decode(actingAs); // expect: jwt-misuse
    claims = Object.assign({}, claims, { sub: delegation.sub, delegatedBy: claims.sub });
  }
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, claims));
});

server.listen(Number(process.env.PORT || 8090));
