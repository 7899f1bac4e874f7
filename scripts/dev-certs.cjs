// @ts-check
/**
 * The dev server's https certificate. On Windows and macOS, office-addin-dev-certs creates
 * a local CA and installs it as trusted, so desktop Excel accepts https://localhost:3000.
 * Elsewhere (Linux) it cannot install the CA and throws, so we use the certificate files it
 * keeps in ~/.office-addin-dev-certs, generating them when missing or about to expire (they
 * last 30 days). The browser used for Excel on the web then has to trust that CA, or accept the
 * certificate once on https://localhost:3000, before Excel can load the add-in.
 */
"use strict";

const fs = require("node:fs");
const { X509Certificate } = require("node:crypto");

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @param {string[]} files
 * @param {string} certificateFile
 */
function usableFiles(files, certificateFile) {
  if (!files.every((file) => fs.existsSync(file))) return false;
  try {
    const validTo = Date.parse(new X509Certificate(fs.readFileSync(certificateFile)).validTo);
    return validTo - Date.now() > ONE_DAY_MS;
  } catch {
    return false;
  }
}

/**
 * @param {{ log?: (message: string) => void }} [options]
 * @returns {Promise<{ key: Buffer | string, cert: Buffer | string, ca: Buffer | string }>}
 */
async function devHttpsOptions({ log = console.log } = {}) {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const { key, cert, ca } = await devCerts.getHttpsServerOptions();
      return { key, cert, ca };
    } catch (error) {
      log(`Could not install the development certificate as trusted (${error instanceof Error ? error.message : error}); using the certificate files.`);
    }
  }
  const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
  if (!usableFiles([caCertificatePath, localhostCertificatePath, localhostKeyPath], localhostCertificatePath)) {
    log(`Generating a development certificate for localhost in ${require("node:path").dirname(localhostCertificatePath)}`);
    await devCerts.generateCertificates();
  }
  return {
    key: fs.readFileSync(localhostKeyPath),
    cert: fs.readFileSync(localhostCertificatePath),
    ca: fs.readFileSync(caCertificatePath),
  };
}

module.exports = { devHttpsOptions };
