interface Settings {
  slackToken: string;
  awsAccessKeyId: string;
  awsSecretAccessKey: string;
  passwordMinLength: number;
}

export const exampleSettings: Settings = {
  slackToken: 'xoxb-your-bot-token',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  passwordMinLength: 12,
};

export function loadSettings(env: NodeJS.ProcessEnv): Settings {
  return {
    slackToken: env.SLACK_TOKEN ?? '',
    awsAccessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
    awsSecretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '',
    passwordMinLength: Number(env.PASSWORD_MIN_LENGTH ?? 12),
  };
}
