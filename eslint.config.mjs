import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LIBRARIES = ['domain', 'contracts', 'workflows', 'activities', 'audit', 'read-model', 'platform'];

/**
 * Which library each part may import (README, "Architecture"): domain ← contracts ← workflows and
 * activities ← audit ← worker and API; the web UI only the domain and the contracts. Other
 * libraries are imported by their `@venskab/<name>` alias, never by a relative path into them.
 */
const MAY_IMPORT = {
  'libs/domain': [],
  'libs/contracts': ['domain'],
  'libs/workflows': ['domain', 'contracts'],
  'libs/activities': ['domain', 'contracts', 'read-model', 'platform'],
  'libs/read-model': ['domain', 'contracts'],
  'libs/platform': ['domain', 'contracts'],
  'libs/audit': ['domain', 'contracts', 'workflows', 'activities', 'read-model', 'platform'],
  'apps/worker': ['domain', 'contracts', 'activities', 'audit', 'read-model', 'platform'],
  'apps/api': ['domain', 'contracts', 'audit', 'read-model', 'platform'],
  web: ['domain', 'contracts'],
};

/** What no part of the product may import beside the libraries it may not use. */
const FORBIDDEN_PACKAGES = {
  'libs/domain': ['@temporalio/*', '@nestjs/*', 'typeorm', 'pg', 'node:*', 'fs', 'path', 'http'],
  // Workflow code must replay identically: no I/O and no framework.
  'libs/workflows': ['@nestjs/*', 'typeorm', 'pg', 'node:*', 'fs', 'path', 'http', '@temporalio/client', '@temporalio/worker'],
  web: ['@temporalio/*', '@nestjs/*', 'typeorm', 'pg'],
};

function architectureRules() {
  return Object.entries(MAY_IMPORT).map(([part, allowed]) => ({
    files: [`${part}/**/*.ts`, `${part}/**/*.tsx`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...LIBRARIES.filter((name) => !allowed.includes(name) && `libs/${name}` !== part).map((name) => ({
              group: [`@venskab/${name}`, `@venskab/${name}/*`],
              message: `${part} may import only: ${allowed.join(', ') || 'nothing of the other libraries'} (README, "Architecture").`,
            })),
            { regex: `^(\\.\\./)+(libs/)?(${LIBRARIES.join('|')})/src(/|$)`, message: 'Import another library by its @venskab/<name> alias.' },
            ...(FORBIDDEN_PACKAGES[part] ? [{ group: FORBIDDEN_PACKAGES[part], message: `${part} may not use this package.` }] : []),
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tools/', 'data/', '.test-artifacts/', 'web/dist/', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  ...architectureRules(),
  {
    // The domain is pure: no reading of the wall clock, no randomness.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes in as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in as a parameter.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The domain is deterministic.' },
      ],
    },
  },
  {
    // Test helpers read JSON answers whose shape each test asserts itself.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
