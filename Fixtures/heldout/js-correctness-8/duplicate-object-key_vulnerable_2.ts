import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-essentials', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/react-vite',
    options: { strictMode: true },
  },
  staticDirs: ['../public'],
  docs: {
    autodocs: 'tag',
    defaultName: 'Overview',
    'autodocs': true, // expect: duplicate-object-key
  },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  core: {
    disableTelemetry: true,
    builder: '@storybook/builder-vite',
  },
};

export default config;
