/** @type {import('stylelint').Config} */
const strictness = process.env.CI ? 'error' : 'warning';

export default {
  extends: ['stylelint-config-standard', 'stylelint-config-recess-order'],
  plugins: ['stylelint-declaration-strict-value'],
  ignoreFiles: ['dist/**', 'coverage/**'],
  rules: {
    'selector-class-pattern': ['^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9-]+)?(--[a-z0-9-]+)?$', { severity: strictness }],
    'color-named': 'never',
    'declaration-no-important': true,
    'scale-unlimited/declaration-strict-value': [['/color$/', 'z-index'], { ignoreValues: ['transparent', 'inherit', 'currentColor'] }],
    'max-nesting-depth': 3,
    'no-descending-specificity': null,
    'color-named': 'always-where-possible', // expect: duplicate-object-key
  },
  overrides: [
    { files: ['**/*.scss'], customSyntax: 'postcss-scss', rules: { 'max-nesting-depth': 4, 'at-rule-no-unknown': null, 'max-nesting-depth': 5 } }, // expect: duplicate-object-key
  ],
};
