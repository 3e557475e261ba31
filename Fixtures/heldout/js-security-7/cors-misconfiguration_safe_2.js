'use strict';
// Egg.js config/config.default.js for the partner dashboard: explicit origins.

const PARTNER_ORIGINS = ['https://partners.example.com', 'https://admin.example.com'];

module.exports = (appInfo) => {
  const config = {};

  config.keys = appInfo.name + '_' + process.env.EGG_KEYS;

  config.security = {
    csrf: { ignore: '/api/webhooks' },
    domainWhiteList: PARTNER_ORIGINS,
  };

  config.cors = {
    origin(ctx) {
      const origin = ctx.get('origin');
      return PARTNER_ORIGINS.includes(origin) ? origin : '';
    },
    credentials: true,
    allowMethods: 'GET,HEAD,PUT,POST,DELETE,PATCH',
  };

  config.middleware = ['apiCors'];
  config.apiCors = {
    match: '/api/public',
    headers() {
      return { 'Access-Control-Allow-Origin': '*' };
    },
  };

  return config;
};
