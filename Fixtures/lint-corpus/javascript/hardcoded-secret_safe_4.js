// Example configuration: copy to config.local.js and fill in real values from your vault.
const API_KEY_HEADER = 'x-api-key';
const PASSWORD_FIELD = 'password';

module.exports = {
  aws: {
    region: 'eu-west-1',
    accessKeyId: process.env.AWS_ACCESS_KEY_ID || 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || '<your-secret-access-key>',
  },
  github: { token: process.env.GITHUB_TOKEN ?? '' },
  stripe: { secretKey: 'YOUR_STRIPE_SECRET_KEY' },
  session: { secret: process.env.SESSION_SECRET, cookieName: 'sid' },
  headers: { apiKey: API_KEY_HEADER },
  forms: { passwordField: PASSWORD_FIELD },
};
