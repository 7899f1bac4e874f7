/**
 * The pane's entry. It runs after the functions and commands chunks (taskpane.html), so
 * registration never waits for it. Nothing here may throw: outside Office, or with office.js
 * missing, the pane still renders (App guards Office.onReady); if React itself cannot start,
 * the loading text is replaced by a plain message instead of a blank pane.
 */
import { useEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

/** Marks the pane's first commit; `npm run bench` reads it as "pane interactive" (SPEC §8). */
function MarkInteractive({ children }: { readonly children: ReactNode }) {
  useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark("capcycle:pane-interactive");
  }, []);
  return <>{children}</>;
}

function start(): void {
  const container = document.getElementById("root");
  if (!container) return;
  try {
    createRoot(container).render(
      <MarkInteractive>
        <App />
      </MarkInteractive>,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    container.textContent = `CapCycle could not start: ${detail} / CapCycle 无法启动：${detail}`;
  }
}

start();
