// `npm start` (SPEC §7): builds in development mode and serves the add-in over https on
// localhost:3000, then sideloads it into desktop Excel where office-addin-debugging can
// (Windows, macOS). Anywhere else, or if sideloading fails, it prints how to upload the
// manifest to Excel on the web and keeps serving. Ctrl+C stops the server.
import { spawn } from "node:child_process";
import { get } from "node:https";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { homedir } from "node:os";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port) || 3000;
const baseUrl = `https://localhost:${port}`;
const manifest = join(root, "manifest.xml");
const READY_TIMEOUT_MS = 180_000;

const server = spawn(process.execPath, [join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "serve", "--mode", "development"], {
  cwd: root,
  stdio: "inherit",
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping the CapCycle dev server.");
  server.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
server.on("exit", (code, signal) => {
  if (!stopping) console.error(`The dev server stopped (${signal ?? `exit code ${code}`}).`);
  process.exit(stopping ? 0 : code ?? 1);
});

/** Resolves once the server answers for taskpane.html (certificates are local: not verified). */
async function waitUntilServing() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const status = await new Promise((done) => {
      const request = get(`${baseUrl}/taskpane.html`, { rejectUnauthorized: false }, (response) => {
        response.resume();
        done(response.statusCode);
      });
      request.on("error", () => done(0));
      request.setTimeout(5000, () => request.destroy());
    });
    if (status === 200) return true;
    await new Promise((wait) => setTimeout(wait, 1000));
  }
  return false;
}

/** Runs office-addin-debugging; resolves with whether it sideloaded, echoing its output. */
function sideloadDesktop() {
  return new Promise((done) => {
    const cli = join(root, "node_modules", "office-addin-debugging", "cli.js");
    const child = spawn(process.execPath, [cli, "start", manifest, "desktop", "--dev-server-port", String(port)], {
      cwd: root,
      stdio: ["inherit", "pipe", "pipe"],
    });
    let output = "";
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on("data", echo(process.stdout));
    child.stderr.on("data", echo(process.stderr));
    child.on("error", () => done(false));
    // It prints some failures (e.g. "platform is not supported") and still exits 0.
    child.on("exit", (code) => done(code === 0 && !/not supported|unable to sideload/i.test(output)));
  });
}

function printWebInstructions() {
  console.log(
    [
      "",
      `CapCycle is being served at ${baseUrl} (Ctrl+C to stop).`,
      "",
      "To use it in Excel on the web:",
      `  1. Open ${baseUrl}/taskpane.html in the same browser once and accept the development`,
      `     certificate (or trust ${join(homedir(), ".office-addin-dev-certs", "ca.crt")}).`,
      "  2. Open a workbook in Excel on the web, then Insert → Add-ins → Upload My Add-in",
      "     (on the newer ribbon: Home → Add-ins → More Add-ins → Upload My Add-in).",
      `  3. Upload the manifest: ${manifest}`,
      "The CAPCYCLE functions and the CapCycle group on the Home tab then appear.",
      "",
    ].join("\n"),
  );
}

if (!(await waitUntilServing())) {
  console.error(`The dev server did not answer at ${baseUrl} within ${READY_TIMEOUT_MS / 1000} s.`);
  stop("SIGTERM");
} else if (!stopping) {
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (desktop) {
    console.log("Sideloading CapCycle into desktop Excel...");
    if (await sideloadDesktop()) {
      console.log(`CapCycle is sideloaded and served at ${baseUrl} (Ctrl+C to stop; \`npm stop\` unregisters it).`);
    } else {
      console.log("Could not sideload into desktop Excel; the server keeps running.");
      printWebInstructions();
    }
  } else {
    console.log(`Desktop Excel is not available on ${process.platform}; sideload it into Excel on the web.`);
    printWebInstructions();
  }
}
