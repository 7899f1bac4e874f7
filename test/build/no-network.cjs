// Preloaded (node --require) by test/build/validate-manifest.test.ts: every host name fails to
// resolve, so a program that needs the network fails as it would offline, on any machine.
const dns = require("node:dns");

dns.lookup = (hostname, options, callback) => {
  const done = typeof options === "function" ? options : callback;
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (network refused by the test)`), { code: "ENOTFOUND", hostname });
  process.nextTick(() => done(error));
};
