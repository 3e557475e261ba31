/** @type {import('stylelint').Config} */
const strictness = process.env.CI ? 'error' : 'warning';
const shared = { 'max-nesting-depth': 3, 'no-descending-specificity': null };

export default {
  extends: ['stylelint-config-standard', 'stylelint-config-recess-order'],
  plugins: ['stylelint-declaration-strict-value'],
  ignoreFiles: ['dist/**', 'coverage/**'],
  rules: {
    ...shared,
    'selector-class-pattern': ['^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9-]+)?(--[a-z0-9-]+)?$', { severity: strictness }],
    'color-named': 'never',
    'declaration-no-important': true,
    'scale-unlimited/declaration-strict-value': [['/color$/', 'z-index'], { ignoreValues: ['transparent', 'inherit', 'currentColor'] }],
    'max-nesting-depth': 2,
  },
  overrides: [
    { files: ['**/*.scss'], customSyntax: 'postcss-scss', rules: { 'max-nesting-depth': 4, 'at-rule-no-unknown': null, 'scss/at-rule-no-unknown': true } },
  ],
};
