import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', '.test-results/', '.screenshots/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Page text is untrusted: it is rendered as text, never parsed as HTML by product code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text (textContent / JSX).' },
        { property: 'outerHTML', message: 'Render page text as text (textContent / JSX).' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text (textContent / JSX).' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page data as HTML.' }],
    },
  },
  {
    // lib/ never reaches up into the UI or entrypoints.
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**', '**/components/**', '@/entrypoints/*', '@/components/*'], message: 'lib/ never imports from entrypoints/ or components/.' }] }] },
  },
  {
    // Content scripts run on every console page: they may use only the model, their adapter and the protocol types.
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'lib/content/**', 'lib/marketplaces/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db/**', '**/db', 'dexie', '**/tracker/**', '**/background/**', '**/components/**', 'preact', 'preact/*', '**/entrypoints/**', '@/entrypoints/*', '@/components/*'], message: 'Not in a content script: keep it small.' },
            { group: ['**/messaging/schemas', '**/messaging/router', 'valibot'], message: 'Content scripts import only lib/messaging/types.' },
          ],
        },
      ],
    },
  },
  {
    // Page knowledge fails loudly: `?.` would read a console's missing page structure as undefined
    // and carry on. Required structure is checked and its absence is a ReadResult error; where
    // something is truly optional, an eslint-disable-next-line comment says why.
    files: ['lib/marketplaces/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page data as HTML.' },
        { selector: 'ChainExpression', message: 'No optional chaining in lib/marketplaces: fail loudly on missing page structure, or say why it is optional (eslint-disable-next-line … -- why).' },
      ],
    },
  },
  {
    // The demo console and scripts build test pages as strings; they are not product code.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
