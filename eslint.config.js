import tseslint from 'typescript-eslint';

const NO_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Never render page data as HTML.',
};
const ONE_CLOCK = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Take now from clockNow() / clockNowSync() (lib/browser/clock.ts), or as a parameter.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Take now from clockNow() / clockNowSync() (lib/browser/clock.ts), or as a parameter.',
  },
];
const NO_OPTIONAL_CHAINING = {
  selector: 'ChainExpression',
  message:
    'No optional chaining in lib/marketplaces: fail loudly on missing page structure, or say why it is optional (eslint-disable-next-line … -- why).',
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', '.test-results/', '.screenshots/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Page text is untrusted: it is rendered as text, never parsed as HTML by product code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text (textContent / JSX).' },
        { property: 'outerHTML', message: 'Render page text as text (textContent / JSX).' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text (textContent / JSX).' },
      ],
      'no-restricted-syntax': ['error', NO_HTML],
    },
  },
  {
    // lib/ never reaches up into the UI or entrypoints.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '**/components/**', '@/entrypoints/*', '@/components/*'],
              message: 'lib/ never imports from entrypoints/ or components/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared UI is wired by the pages in entrypoints/, never the other way round.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/*'],
              message: 'components/ never imports from entrypoints/: move what both need into components/ or lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Content scripts run on every console page: they may use only the model, their adapter and the protocol types.
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'lib/content/**', 'lib/marketplaces/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/db/**',
                '**/db',
                'dexie',
                '**/tracker/**',
                '**/background/**',
                '**/components/**',
                'preact',
                'preact/*',
                '**/entrypoints/**',
                '@/entrypoints/*',
                '@/components/*',
              ],
              message: 'Not in a content script: keep it small.',
            },
            {
              group: ['**/messaging/schemas', '**/messaging/router', 'valibot'],
              message: 'Content scripts import only lib/messaging/types.',
            },
          ],
        },
      ],
    },
  },
  {
    // One clock: Settle's "now" comes from lib/browser/clock.ts (browser tests move it on), and pure
    // functions take `now` as a parameter. Elapsed time is measured with performance.now().
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['lib/browser/clock.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_HTML, ...ONE_CLOCK] },
  },
  {
    // Page knowledge fails loudly: `?.` would read a console's missing page structure as undefined
    // and carry on. Required structure is checked and its absence is a ReadResult error; where
    // something is truly optional, an eslint-disable-next-line comment says why.
    // (A later block's no-restricted-syntax replaces an earlier one's, so this one repeats them.)
    files: ['lib/marketplaces/**'],
    rules: { 'no-restricted-syntax': ['error', NO_HTML, ...ONE_CLOCK, NO_OPTIONAL_CHAINING] },
  },
  {
    // The demo console and scripts build test pages as strings; they are not product code.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
