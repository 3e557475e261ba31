import type { StorybookConfig } from '@storybook/react-vite';

const base: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
};

const config: StorybookConfig = {
  ...base,
  stories: [...base.stories as string[], '../src/**/*.mdx'],
  addons: ['@storybook/addon-essentials', '@storybook/addon-a11y'],
  docs: {
    autodocs: 'tag',
    defaultName: 'Overview',
  },
  get staticDirs() {
    return ['../public'];
  },
  typescript: { reactDocgen: 'react-docgen-typescript' },
};

export default config;
