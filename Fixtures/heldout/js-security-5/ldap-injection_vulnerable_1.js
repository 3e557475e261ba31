// Restify endpoint: find colleagues in Active Directory (activedirectory2).
const restify = require('restify');
const ActiveDirectory = require('activedirectory2');

const ad = new ActiveDirectory({
  url: process.env.AD_URL,
  baseDN: 'dc=corp,dc=example,dc=com',
  username: process.env.AD_USER,
  password: process.env.AD_PASSWORD,
});

const server = restify.createServer();
server.use(restify.plugins.queryParser());

server.get('/people', (req, res, next) => {
  const { surname, office } = req.query;
  let query = '(&(objectCategory=person)(sn=' + surname + '*)';
  query += office ? `(physicalDeliveryOfficeName=${office}))` : ')';
  ad.findUsers({ filter: query, attributes: ['displayName', 'mail'] }, (err, users) => { // expect: ldap-injection
    if (err) {
      res.send(502, { error: 'directory unavailable' });
      return next();
    }
    res.send((users || []).map((u) => ({ name: u.displayName, mail: u.mail })));
    return next();
  });
});

server.listen(8080);
