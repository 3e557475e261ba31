export const environment = {
  production: false,
  apiUrl: 'http://localhost:3000',
  firebaseApiKey: '<your-firebase-api-key>',
};

export class MailerConfig {
  static readonly smtpUser = 'mailer@shop.example';
  static readonly smtpPassword = process.env.SMTP_PASSWORD ?? 'changeme';
}

export const ASSET_SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
export const passwordLabel = 'Password';
