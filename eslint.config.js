// Lint rules; the pure core (policy/, decide/) may not import I/O modules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  { languageOptions: { globals: globals.node } },
  {
    files: ['src/policy/**', 'src/decide/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*', '@octokit/*'], message: 'The core is pure: no I/O.' },
            { group: ['**/github/**', '**/report/**'], message: 'The core is pure: no I/O.' },
          ],
        },
      ],
    },
  },
);
