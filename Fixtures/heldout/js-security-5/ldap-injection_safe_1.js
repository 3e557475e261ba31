// Restify endpoint: colleagues from Active Directory with RFC 4515 escaping.
const restify = require('restify');
const ActiveDirectory = require('activedirectory2');

const ad = new ActiveDirectory({
  url: process.env.AD_URL,
  baseDN: 'dc=corp,dc=example,dc=com',
  username: process.env.AD_USER,
  password: process.env.AD_PASSWORD,
});
const OFFICES = new Set(['London', 'Berlin', 'Toronto']);

function escapeFilter(value) {
  return String(value).replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

const server = restify.createServer();
server.use(restify.plugins.queryParser());

server.get('/people', (req, res, next) => {
  const { surname, office } = req.query;
  const officeClause = OFFICES.has(office) ? `(physicalDeliveryOfficeName=${office})` : '';
  const query = '(&(objectCategory=person)(sn=' + escapeFilter(surname) + '*)' + officeClause + ')';
  ad.findUsers({ filter: query, attributes: ['displayName', 'mail'] }, (err, users) => {
    if (err) {
      res.send(502, { error: 'directory unavailable' });
      return next();
    }
    res.send((users || []).map((u) => ({ name: u.displayName, mail: u.mail })));
    return next();
  });
});

server.listen(8080);
