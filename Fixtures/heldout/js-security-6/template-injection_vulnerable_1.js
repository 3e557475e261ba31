'use strict';

const nunjucks = require('nunjucks');
const _ = require('underscore');

const env = new nunjucks.Environment(null, { autoescape: true });

module.exports = {
  name: 'notifications',
  actions: {
    preview: {
      params: { subject: 'string', body: 'string', recipient: 'object' },
      handler(ctx) {
        const { subject, body, recipient } = ctx.params;
        const layout = '{% extends "base.njk" %}{% block content %}' + body + '{% endblock %}';
        const html = env.renderString(layout, { recipient, brand: process.env.BRAND_NAME }); // expect: template-injection
        return { subject, html };
      },
    },
    smsPreview: {
      params: { text: 'string', recipient: 'object' },
      handler(ctx) {
        const render = _.template(ctx.params.text); // expect: template-injection
        return { text: render({ first: ctx.params.recipient.first }) };
      },
    },
  },
};
