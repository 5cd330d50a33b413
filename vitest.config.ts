// Unit tests: plain functions and remark/rehype steps, no browser and no build (`npm run test:unit`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
