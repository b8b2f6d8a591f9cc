import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The generated card imports React and HubSpot's library from its own node_modules; rendering
  // needs the one copy the test renderer uses.
  resolve: { dedupe: ['react', '@hubspot/ui-extensions'] },
  server: { fs: { strict: false } },
  test: {
    include: ['render/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30000,
  },
  esbuild: { jsx: 'automatic' },
});
