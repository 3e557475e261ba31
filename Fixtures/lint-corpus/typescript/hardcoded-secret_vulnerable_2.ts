export const environment = {
  production: true,
  apiUrl: 'https://api.shop.example',
  firebaseApiKey: 'AIzaSyB8kX2mQ7vN4pR9tW1yZ6cD3fH0jL5sA8e', // expect: hardcoded-secret
};

export class MailerConfig {
  static readonly smtpUser = 'mailer@shop.example';
  static readonly smtpPassword = 'P@ssw0rd-Mailer-2024-q7Zx'; // expect: hardcoded-secret
}

const SLACK_WEBHOOK_SECRET = 'xoxb-2048-1234567890-a1B2c3D4e5F6g7H8i9J0kLmN'; // expect: hardcoded-secret

export function slackAuthHeader(): string {
  return `Bearer ${SLACK_WEBHOOK_SECRET}`;
}
