// ESLint 9 flat config: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte.
// Formatting is Prettier's job (`npm run lint` runs both), so no stylistic rules here.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'bench-output/',
      'coverage/',
      'seeds/',
      'data/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      // The app runs in browsers and workers, the extractor, bench and tests in Node.
      globals: { ...globals.browser, ...globals.worker, ...globals.node },
    },
    rules: {
      // Off: the text code classifies characters by ranges that start at U+0000 (`[^\x00-\x7f]`:
      // "not ASCII"), which is what this rule flags; a stray control character in a pattern is
      // not a mistake this codebase makes, its inputs being plain text.
      'no-control-regex': 'off',
      // Leaving fields out of a copy by destructuring (`{ id: _id, ...rest }`) is how the code
      // drops them; the names it binds are unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
);
