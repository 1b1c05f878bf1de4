import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.run.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
