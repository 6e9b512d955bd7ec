import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'packages/db/src/generated/**', '**/coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // CLIs, demos and benchmarks talk to a person on stdout.
    files: ['services/cli/**', 'packages/db/src/migrate/cli.ts', 'services/stack/src/demo*.ts', '**/bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
