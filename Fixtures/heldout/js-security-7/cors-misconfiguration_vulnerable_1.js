'use strict';
// Egg.js config/config.default.js for the partner dashboard.

module.exports = (appInfo) => {
  const config = {};

  config.keys = appInfo.name + '_' + process.env.EGG_KEYS;

  config.security = {
    csrf: { ignore: '/api/webhooks' },
    domainWhiteList: ['https://partners.example.com'],
  };

  config.cors = {
    origin: '*', // expect: cors-misconfiguration
    credentials: true,
    allowMethods: 'GET,HEAD,PUT,POST,DELETE,PATCH',
  };

  config.middleware = ['apiCors'];
  config.apiCors = {
    match: '/api/public',
    headers(ctx) {
      return {
        'Access-Control-Allow-Origin': ctx.get('origin'), // expect: cors-misconfiguration
        'Access-Control-Allow-Credentials': 'true',
      };
    },
  };

  return config;
};
