'use strict';

const ApiGateway = require('moleculer-web');

module.exports = {
  name: 'api',
  mixins: [ApiGateway],
  settings: {
    port: Number(process.env.PORT) || 3000,
    cors: {
      origin: '*', // expect: cors-misconfiguration
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      credentials: true,
      maxAge: 3600,
    },
    routes: [
      {
        path: '/partner',
        aliases: { 'GET orders': 'orders.listForPartner' },
        onBeforeCall(ctx, route, req, res) {
          const requester = req.headers.origin;
          res.setHeader('Access-Control-Allow-Origin', requester); // expect: cors-misconfiguration
          res.setHeader('Access-Control-Allow-Credentials', 'true');
          ctx.meta.partnerKey = req.headers['x-partner-key'];
        },
      },
    ],
  },
};
