// Restify server: service tokens verified with fast-jwt, RS256 only, issuer and audience fixed.
const restify = require('restify');
const { createVerifier } = require('fast-jwt');
const { readFileSync } = require('fs');

const publicKey = readFileSync(process.env.SERVICE_PUBLIC_KEY_PATH, 'utf8');
const verifyService = createVerifier({
  key: publicKey,
  algorithms: ['RS256'],
  allowedIss: 'https://auth.internal.example.com',
  allowedAud: 'jobs-api',
  maxAge: 300000,
});

const server = restify.createServer();

server.get('/internal/whoami', (req, res, next) => {
  let claims;
  try {
    claims = verifyService((req.header('authorization') || '').replace(/^Bearer /, ''));
  } catch {
    res.send(401, { error: 'invalid token' });
    return next();
  }
  res.send({ service: claims.sub });
  return next();
});

server.listen(9090);
