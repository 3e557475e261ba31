import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

const config: Config = {
  title: 'Ledger Docs',
  url: 'https://docs.ledger.example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenMarkdownLinks: 'warn',
  i18n: { defaultLocale: 'en', locales: ['en', 'de'] },
  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: 'https://github.com/example/ledger/tree/main/docs/',
          showLastUpdateTime: true,
          routeBasePath: '/',
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } as Preset.Options,
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'Ledger',
      hideOnScroll: true,
      items: [{ type: 'docSidebar', sidebarId: 'main', label: 'Guides' }],
    },
    prism: { additionalLanguages: ['bash', 'json'] },
    colorMode: { respectPrefersColorScheme: true },
  } as Preset.ThemeConfig,
};

export default config;
