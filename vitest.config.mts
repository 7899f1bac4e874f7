import { defineConfig } from "vitest/config";

// Unit, formula-level, data and Excel-adapter tests run in node; pane component tests
// opt into jsdom with a `// @vitest-environment jsdom` docblock.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    environment: "node",
    testTimeout: 20000,
    hookTimeout: 120000,
  },
});
