// @ts-check
/**
 * Build of the add-in into dist/ (`npm run build`), and the https dev server on
 * localhost:3000 (`npm start`, `npm run dev-server`).
 *
 * One shared-runtime page, taskpane.html, loads three entries in this order:
 *   functions  the custom functions plus the webpack runtime. It is self-contained and first,
 *              so registration waits neither for the data nor the pane (SPEC §8: ≤ 40 KB gzip,
 *              asserted by test/functions/bundle.test.ts).
 *   commands   the ribbon commands; reuses modules already in the functions chunk.
 *   taskpane   React + Fluent UI and the first view, the company list, which renders from the
 *              generated company index (src/taskpane/data/company-index.json), not the dataset.
 * Those three are all that loads before the pane's first view (issue 14.6: ≤ 150 KB gzip,
 * test/taskpane/start-bytes.test.ts). The dataset (its code and the bundled seed data) is one
 * lazily loaded chunk, "dataset" (cache group below): the data functions import it on their
 * first call (src/functions/dataset-link.ts) and the pane right after its first view
 * (src/taskpane/data/dataset-source.ts); both get the same chunk and the same module instances.
 * `dependOn` gives the entries that sharing without a common vendor chunk the functions would
 * have to load.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { DEV_BASE_URL, publicBaseUrl, rewriteBaseUrl } = require("./scripts/public-url.cjs");
const { LocalizedMetadataPlugin } = require("./scripts/zh-metadata.cjs");
const { devHttpsOptions } = require("./scripts/dev-certs.cjs");
const { STYLES_IMPORTS } = require("./scripts/styles-imports.cjs");

const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const TASKPANE_SRC = path.resolve(__dirname, "src/taskpane");
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;

/**
 * webpack inlines an entry's module into its chunk's startup code even when an entry that
 * `dependOn`s that chunk runs the same module as an entry too (the dev server's client is
 * injected into every entry): the pane then fails with "Cannot find module". Keeping entry
 * modules as ordinary modules avoids it, for a few bytes.
 * @type {import("webpack").WebpackPluginInstance}
 */
const keepEntryModulesAsModules = {
  apply(compiler) {
    compiler.hooks.compilation.tap("KeepEntryModulesAsModules", (compilation) => {
      compiler.webpack.javascript.JavascriptModulesPlugin.getCompilationHooks(compilation).inlineInRuntimeBailout.tap(
        "KeepEntryModulesAsModules",
        () => "entries that depend on this chunk may run the same entry module",
      );
    });
  },
};

/**
 * GriffelCSSExtractionPlugin adds a splitChunks group that gathers every Griffel CSS module in
 * one chunk, so that it can sort the rules as Griffel's runtime would. The lazily loaded views'
 * own groups (excel-adapter, shared) would take the CSS of views first and split the stylesheet,
 * whose rules then no longer override each other in Griffel's order: the Griffel group wins.
 * Applied after that plugin, which writes its group when it is applied.
 * @type {import("webpack").WebpackPluginInstance}
 */
const griffelChunkFirst = {
  apply(compiler) {
    const groups = compiler.options.optimization.splitChunks ? compiler.options.optimization.splitChunks.cacheGroups : undefined;
    const griffel = groups ? groups.griffel : undefined;
    if (!griffel || typeof griffel !== "object" || griffel instanceof RegExp) {
      throw new Error("GriffelCSSExtractionPlugin no longer adds its splitChunks group: see griffelChunkFirst");
    }
    griffel.priority = 100;
  },
};

/**
 * The plugins the style loaders of `module.rules` need (the floor pages of the bench build
 * with those rules, so they take these too: scripts/bench/floor.ts).
 * @param {boolean} production
 * @returns {import("webpack").WebpackPluginInstance[]}
 */
function stylePlugins(production) {
  return [
    new MiniCssExtractPlugin({
      filename: production ? "[name].[contenthash:8].css" : "[name].css",
      // Griffel sorts its rules itself; the order webpack would pick does not matter.
      ignoreOrder: true,
    }),
    // The stylesheet belongs to the taskpane entry, so HtmlWebpackPlugin links it from
    // taskpane.html and lazily loaded views do not ask for it again (webpack's CSS loader would
    // not recognise the link, whose href carries ?hash, and fetch the file a second time); nor
    // does functions.js then carry code to load stylesheets.
    new GriffelCSSExtractionPlugin({ unstable_attachToEntryPoint: "taskpane" }),
    griffelChunkFirst,
  ];
}

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {Promise<import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }>}
 */
module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = production ? publicBaseUrl(process.env.CAPCYCLE_PUBLIC_URL) : DEV_BASE_URL;
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      functions: FUNCTIONS_ENTRY,
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: ["functions", "commands"] },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The pane's lazily loaded parts: content-hashed, so a webview cache never mixes builds
      // (the entry scripts get a ?hash from taskpane.html instead; the manifest names functions.js).
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      // Not `self`, and no automatic public path (it reads document.currentScript at start-up):
      // the functions chunk holds the runtime and must also run where there is no DOM. Lazy
      // chunks load relative to taskpane.html, which sits beside them.
      globalObject: "globalThis",
      // globalThis exists wherever the add-in runs (its code is ES2020): without this, the
      // runtime carries a `new Function("return this")` fallback, which the pane's CSP forbids.
      environment: { globalThis: true },
      publicPath: "",
    },
    optimization: {
      // Shortest module ids, chunk ids and export names rather than ids stable from build to build:
      // 2.5 KB gzip less over all chunks (issue 14.6). The lazy chunks' names carry a content hash
      // and the page scripts a ?hash, so a cache never mixes builds; the cost is that a change
      // renames more chunks than it would with stable ids (a webview downloads them again).
      // Development keeps webpack's readable names.
      ...(production ? { moduleIds: "size", chunkIds: "size", mangleExports: "size" } : {}),
      splitChunks: {
        cacheGroups: {
          // The dataset code and the bundled seed data: one lazily loaded chunk, "dataset", which
          // the data functions (src/functions/dataset-link.ts), the pane (after its first view,
          // src/taskpane/data/dataset-source.ts) and every view or adapter chunk that reads the
          // data share. Without this group, modules the dataset shares with the views would go to
          // the views' shared chunk, and the functions would have to load that too.
          dataset: {
            // Also the two doors into it (the functions' and the pane's dynamic imports), so each
            // import loads this one chunk and nothing else.
            test: /[\\/](src[\\/](core[\\/](dataset[\\/]|periods\.ts|period-text\.ts|units\.ts)|functions[\\/]dataset-entry\.ts|taskpane[\\/]data[\\/]full-dataset\.ts)|seeds[\\/])/,
            chunks: "async",
            name: "dataset",
            enforce: true,
            priority: 20,
          },
          // The Excel adapter with the template and chart code: App.tsx loads it (chunk "excel")
          // and so do the ribbon's refresh command and the import store. Kept apart from the
          // views' shared chunk, so a view opened outside Excel does not load the adapter.
          excelAdapter: {
            test: /[\\/]src[\\/](excel|core[\\/](template|chart))[\\/]/,
            chunks: "async",
            minChunks: 2,
            name: "excel-adapter",
            enforce: true,
            priority: 10,
          },
          // Modules that two or more lazily loaded chunks share (components of several views,
          // Fluent's Select): below splitChunks' default minimum size, they were copied into
          // each chunk that uses them. One shared chunk holds them once instead (SPEC §8 counts
          // every chunk the pane can load).
          asyncShared: {
            chunks: "async",
            minChunks: 2,
            name: "shared",
            enforce: true,
          },
        },
      },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, TASKPANE_SRC],
          // Types are checked by `npm run lint`; the build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // The pane's code: transpiled, then its makeStyles calls compiled to class names and
          // CSS (the loader evaluates the style objects in Node), then the CSS moved out of the
          // JavaScript into the stylesheet (loaders run from last to first).
          test: /\.tsx?$/,
          include: TASKPANE_SRC,
          use: [
            GriffelCSSExtractionPlugin.loader,
            {
              loader: "@griffel/webpack-loader",
              options: {
                modules: STYLES_IMPORTS.map((moduleSource) => ({ moduleSource, importName: "makeStyles" })),
                // For evaluating the style objects only: tokens and helpers, not all of Fluent.
                webpackResolveOptions: { alias: { "@fluentui/react-components$": path.resolve(__dirname, "scripts/griffel-eval-fluent.cjs") } },
              },
            },
            { loader: "ts-loader", options: { transpileOnly: true } },
          ],
        },
        {
          // Fluent UI v9 ships its styles already compiled (__styles calls holding CSS text):
          // only the CSS has to move out of the JavaScript.
          test: /\.js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: GriffelCSSExtractionPlugin.loader,
        },
        {
          // And the constants its style files no longer read, which keep Fluent's token names
          // in the bundle (runs before the extraction above).
          test: /\.styles\.js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: path.resolve(__dirname, "scripts/dead-style-consts-loader.cjs"),
        },
        {
          // The CSS that the Griffel loaders produce, gathered by mini-css-extract-plugin into one
          // stylesheet (the extraction plugin puts every Griffel rule in one chunk, sorted as
          // Griffel's runtime would insert them).
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, "css-loader"],
        },
        {
          // Runs on the functions entry after custom-functions-metadata-plugin has appended
          // its CustomFunctions.associate calls, before ts-loader.
          test: path.resolve(__dirname, FUNCTIONS_ENTRY),
          use: path.resolve(__dirname, "scripts/guard-associate-loader.cjs"),
        },
      ],
    },
    plugins: [
      keepEntryModulesAsModules,
      ...stylePlugins(production),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_ENTRY, output: "functions.json" }),
      new LocalizedMetadataPlugin({
        input: "functions.json",
        output: "functions.zh-CN.json",
        table: "src/core/functions/table.ts",
        exportName: "FUNCTION_TABLE",
        lang: "zh",
        // Error cells reach the functions (CustomFunctionsRuntime 1.3), which give the error at
        // its position and still compute the others (SPEC §2). The generator cannot emit it.
        topLevel: { allowErrorForDataTypeAny: true },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
        // ?<hash> on each script: a new build is not hidden by the webview's cache.
        hash: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteBaseUrl(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    // Budgets are gzip sizes, asserted by the bundle test; webpack's raw-size hints are noise.
    performance: { hints: false },
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_SERVER_PORT,
          // Only this machine: Excel (desktop or on the web in this machine's browser) loads the
          // add-in from https://localhost; nobody else on the network needs the dev server.
          host: "localhost",
          server: { type: "https", options: await devHttpsOptions() },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          // A reload restarts the whole runtime (functions, commands, pane) consistently.
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
};

module.exports.stylePlugins = stylePlugins;
