// Restify server: service-to-service calls authenticated with fast-jwt.
const restify = require('restify');
const { createVerifier, createDecoder } = require('fast-jwt');
const { readFileSync } = require('fs');

const publicKey = readFileSync(process.env.SERVICE_PUBLIC_KEY_PATH, 'utf8');
const verifyService = createVerifier({ key: publicKey, algorithms: ['RS256', 'none'] }); // expect: jwt-misuse
const decodeToken = createDecoder();

function bearer(req) {
  return (req.header('authorization') || '').replace(/^Bearer /, '');
}

const server = restify.createServer();

server.post('/internal/jobs', (req, res, next) => {
  const claims = verifyService(bearer(req));
  res.send(202, { accepted: true, by: claims.sub });
  return next();
});

server.get('/internal/whoami', (req, res, next) => {
  const claims = decodeToken(bearer(req)); // expect: jwt-misuse
  if (claims.scope !== 'internal') {
    res.send(403);
    return next();
  }
  res.send({ service: claims.sub });
  return next();
});

server.listen(9090);
