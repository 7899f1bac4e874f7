// ESLint, type-checked (typescript-eslint's project service reads tsconfig.json).
// `npm run lint` runs this and then tsc; `npm test` runs lint first (docs/decisions.md).
//
// What it keeps:
// - promises: none floating, none passed where a void callback is expected, no await on a
//   non-promise;
// - no `any`, only Error objects thrown;
// - the layers (SPEC §2, STYLE.md habit 1): core ← excel ← taskpane / functions / commands,
//   checked per folder by no-restricted-imports and, for core and the pane, no-restricted-globals;
// - React's hook rules in the pane;
// - a reason after `--` beside every eslint-disable comment, and none left unused.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

// ---------------------------------------------------------------------------------------------
// Layers. Each folder of src/ lists the packages and sibling folders it must not import.
// no-restricted-imports matches the import string, not the resolved file, so a relative path
// is recognised by its depth: from src/core/metrics/x.ts, "../../excel" leaves core but
// "../functions" is src/core/functions. One config per folder depth says exactly which.

const REACT = ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*", "@testing-library/*"];
const OFFICE = ["@microsoft/office-js", "@microsoft/office-js/*", "office-addin-*"];
const NODE = ["node:*", "fs", "fs/*", "path", "crypto", "os", "child_process", "zlib", "url"];

/** folder → what it may not import (packages, sibling folders of src/) and why. */
const LAYERS = {
  core: {
    packages: [...REACT, ...OFFICE, ...NODE, "exceljs", "jszip", "hyperformula"],
    folders: ["excel", "taskpane", "functions", "xlsx", "commands"],
    why: "src/core is pure TypeScript: no Office.js, React, DOM or Node, and nothing from the adapters (SPEC §2).",
  },
  excel: {
    packages: [...REACT, ...NODE],
    folders: ["taskpane", "functions", "xlsx", "commands"],
    why: "src/excel is the Office.js adapter: it serves the pane and the commands, and knows no React.",
  },
  taskpane: {
    packages: [...OFFICE, ...NODE, "exceljs", "jszip", "hyperformula"],
    folders: ["functions", "xlsx", "commands"],
    why: "the pane reaches Excel only through src/excel, and runs in the browser.",
  },
  functions: {
    packages: [...REACT, ...NODE],
    folders: ["taskpane", "excel", "xlsx", "commands"],
    why: "custom functions run in the functions runtime: core only, no React, no pane, no workbook writes.",
  },
  commands: {
    packages: [...REACT, ...NODE],
    folders: ["taskpane", "functions", "xlsx"],
    why: "ribbon commands go through src/excel and know no React or pane.",
  },
  xlsx: {
    packages: [...REACT, ...OFFICE],
    folders: ["taskpane", "excel", "functions", "commands"],
    why: "the xlsx export runs in Node from core plans; it knows no Office.js or React.",
  },
};

const DEPTHS = [0, 1, 2, 3];

function layerConfigs() {
  return Object.entries(LAYERS).flatMap(([layer, rule]) =>
    DEPTHS.map((depth) => {
      const up = "\\.\\./".repeat(depth + 1);
      return {
        name: `capcycle/layers/${layer}/depth-${depth}`,
        files: [`src/${layer}/${"*/".repeat(depth)}*.{ts,tsx}`],
        rules: {
          "no-restricted-imports": [
            "error",
            {
              patterns: [
                { group: rule.packages, message: rule.why },
                { regex: `^${up}(${rule.folders.join("|")})(/|$)`, message: `src/${layer} does not import src/{${rule.folders.join(",")}}: ${rule.why}` },
              ],
            },
          ],
        },
      };
    }),
  );
}

// Globals a layer must not touch. In core: the DOM and Office; in the pane: Office and Excel
// (it goes through src/excel).
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({
  name,
  message: "Office.js globals belong in src/excel (or, for CustomFunctions, src/functions).",
}));
const DOM_GLOBALS = ["window", "document", "navigator", "localStorage", "sessionStorage", "location", "fetch", "HTMLElement", "Element", "Node", "DOMParser", "XMLSerializer"].map(
  (name) => ({ name, message: "src/core runs anywhere (Node, the functions runtime, the pane): no DOM." }),
);

// ---------------------------------------------------------------------------------------------
// A reason beside every disabled rule. ESLint reports unused directives itself
// (linterOptions.reportUnusedDisableDirectives); this rule asks for the `-- reason` part.
// (@eslint-community/eslint-plugin-eslint-comments has the same rule; it is not installed, and
// ten lines on ESLint's own directive API do the job.)
const requireDisableReason = {
  meta: {
    type: "suggestion",
    docs: { description: "require a reason after `--` in every eslint-disable comment" },
    schema: [],
    messages: { missing: "Say why after `--`: eslint-disable comments need a reason." },
  },
  create(context) {
    return {
      Program() {
        for (const directive of context.sourceCode.getDisableDirectives().directives) {
          if (!directive.justification?.trim()) context.report({ loc: directive.node.loc, messageId: "missing" });
        }
      },
    };
  },
};

// Node's globals for the plain .js/.cjs/.mjs build scripts (no type information there).
const NODE_GLOBALS = Object.fromEntries(
  ["process", "console", "require", "module", "exports", "__dirname", "__filename", "Buffer", "URL", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "structuredClone", "fetch", "AbortController", "TextDecoder", "TextEncoder"].map((name) => [name, "readonly"]),
);

export default defineConfig(
  { name: "capcycle/ignores", ignores: ["dist/**", "dist-*/**", "node_modules/**", "coverage/**", "test-results/**"] },
  {
    name: "capcycle/linter-options",
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { capcycle: { rules: { "require-disable-reason": requireDisableReason } } },
    rules: { "capcycle/require-disable-reason": "error" },
  },
  js.configs.recommended,
  // Type-checked rules for TypeScript; the plain .js/.cjs/.mjs build scripts get the syntactic set.
  { files: ["**/*.{js,cjs,mjs}"], extends: [tseslint.configs.recommended] },
  { files: ["**/*.{ts,tsx,mts,cts}"], extends: [tseslint.configs.recommendedTypeChecked] },
  {
    name: "capcycle/typescript",
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/no-explicit-any": "error",
      // tsc reports unused names already (noUnusedLocals/noUnusedParameters); one place is enough.
      "@typescript-eslint/no-unused-vars": "off",
    },
  },
  {
    name: "capcycle/js",
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: NODE_GLOBALS },
    rules: {
      // CommonJS build scripts (webpack loaders, the zh-CN metadata step) require() by design.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    name: "capcycle/tests",
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      // vitest's asymmetric matchers (expect.any, expect.objectContaining, expect.stringMatching,
      // expect.closeTo) are typed `any` by design, so comparing against them trips these three.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Fakes of async Office APIs and Excel.run batches in tests must return a promise even
      // when they have nothing to await.
      "@typescript-eslint/require-await": "off",
    },
  },
  ...layerConfigs(),
  {
    name: "capcycle/core-globals",
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...DOM_GLOBALS, ...OFFICE_GLOBALS],
      // The Office types are ambient (@types/office-js), so no import reveals them: name them here.
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSQualifiedName[left.type='Identifier'][left.name=/^(Office|Excel|OfficeExtension|CustomFunctions)$/]",
          message: "src/core knows no Office.js types; the adapters (src/excel, src/functions) convert at the edge.",
        },
      ],
    },
  },
  {
    name: "capcycle/pane-globals",
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    ...reactHooks.configs.flat.recommended,
    name: "capcycle/react-hooks",
    files: ["src/taskpane/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
  },
);
