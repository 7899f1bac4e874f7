// @ts-check
/**
 * Where the built add-in is served from. Development and the manifest in the repository use
 * the dev server (DEV_BASE_URL); a production build for hosting elsewhere sets
 * CAPCYCLE_PUBLIC_URL and every occurrence of the dev base is rewritten in the copied
 * manifest. Pure functions, shared by webpack.config.js and the build tests.
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000";

/**
 * The base URL the production build writes into dist/manifest.xml: CAPCYCLE_PUBLIC_URL
 * without a trailing slash, or the dev base when unset or blank. Office loads add-ins over
 * https only, so anything else is a build configuration mistake and throws.
 * @param {string | undefined} value
 * @returns {string}
 */
function publicBaseUrl(value) {
  const text = (value ?? "").trim();
  if (text === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`CAPCYCLE_PUBLIC_URL is not a URL: "${text}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`CAPCYCLE_PUBLIC_URL must use https (Office loads add-ins over https only): "${text}"`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`CAPCYCLE_PUBLIC_URL must be a plain base URL, without ? or #: "${text}"`);
  }
  return url.href.replace(/\/+$/, "");
}

// The dev base where it ends a URL's origin (not https://localhost:30001). Global: every
// occurrence, not only the first as String.replace with a string pattern would do.
const DEV_BASE_PATTERN = new RegExp(`${DEV_BASE_URL.replace(/[.:/]/g, "\\$&")}(?![\\w.:-])`, "g");

/**
 * Replaces every occurrence of the dev base URL in `text` by `baseUrl`.
 * @param {string} text
 * @param {string} baseUrl
 * @returns {string}
 */
function rewriteBaseUrl(text, baseUrl) {
  return text.replace(DEV_BASE_PATTERN, () => baseUrl);
}

module.exports = { DEV_BASE_URL, publicBaseUrl, rewriteBaseUrl };
