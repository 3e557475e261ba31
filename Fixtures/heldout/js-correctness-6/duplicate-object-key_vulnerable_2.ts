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
          editUrl: undefined, // expect: duplicate-object-key
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } as Preset.Options,
    ],
  ],
  themeConfig: {
    navbar: { title: 'Ledger', items: [{ type: 'docSidebar', sidebarId: 'main', label: 'Guides' }] },
    prism: { additionalLanguages: ['bash', 'json'] },
    'navbar': { hideOnScroll: true }, // expect: duplicate-object-key
  } as Preset.ThemeConfig,
};

export default config;
