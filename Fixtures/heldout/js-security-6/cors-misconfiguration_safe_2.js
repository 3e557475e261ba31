'use strict';

const ApiGateway = require('moleculer-web');

const PARTNER_ORIGINS = new Set(
  (process.env.PARTNER_ORIGINS || '').split(',').map((o) => o.trim()).filter(Boolean),
);

module.exports = {
  name: 'api',
  mixins: [ApiGateway],
  settings: {
    port: Number(process.env.PORT) || 3000,
    cors: {
      origin: ['https://app.example.com', 'https://admin.example.com'],
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
          if (requester && PARTNER_ORIGINS.has(requester)) {
            res.setHeader('Access-Control-Allow-Origin', requester);
            res.setHeader('Vary', 'Origin');
          }
          ctx.meta.partnerKey = req.headers['x-partner-key'];
        },
      },
    ],
  },
};
