// Unit tests: plain functions and remark/rehype steps, no browser and no build (`npm run test:unit`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The tests share no state but the modules they read (the glossary, the notes), so the files
    // run in reused workers: a third of the time of a fresh worker per file. They pass shuffled
    // (`npx vitest run --sequence.shuffle`).
    isolate: false,
  },
});
