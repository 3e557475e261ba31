// config/plugins.js (Strapi v4)
module.exports = ({ env }) => ({
  email: {
    config: {
      provider: 'sendgrid',
      providerOptions: {
        apiKey: env('SENDGRID_API_KEY'),
      },
      settings: {
        defaultFrom: env('MAIL_FROM', 'noreply@example.com'),
        defaultReplyTo: env('MAIL_REPLY_TO', 'support@example.com'),
      },
    },
  },
  upload: {
    config: {
      provider: 'aws-s3',
      providerOptions: {
        s3Options: {
          credentials: {
            accessKeyId: env('S3_ACCESS_KEY_ID'),
            secretAccessKey: env('S3_SECRET_ACCESS_KEY'),
          },
          region: env('S3_REGION', 'eu-west-1'),
          params: { Bucket: env('S3_BUCKET') },
        },
      },
    },
  },
});
