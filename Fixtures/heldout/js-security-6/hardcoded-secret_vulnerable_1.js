// config/plugins.js (Strapi v4)
module.exports = ({ env }) => ({
  email: {
    config: {
      provider: 'sendgrid',
      providerOptions: {
        apiKey: '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', // expect: hardcoded-secret
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
            secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq81Hd3kTa', // expect: hardcoded-secret
          },
          region: env('S3_REGION', 'eu-west-1'),
          params: { Bucket: env('S3_BUCKET') },
        },
      },
    },
  },
});
