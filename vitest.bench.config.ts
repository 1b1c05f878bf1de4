import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.run.ts'],
    setupFiles: ['__tests__/e2e/setup-files.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
