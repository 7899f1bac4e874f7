/**
 * Renders the whole pane in jsdom with a settled host and the fixture dataset. Roots are
 * unmounted after each test (Fluent's focus manager throws after jsdom teardown otherwise).
 */
import { afterEach } from "vitest";
import { cleanup, render, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host/office-host";
import type { Lang } from "../../src/core/errors";
import { fixtureDataset } from "./fixture";
import { fixedSource } from "./source";

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

export const BROWSER: HostInfo = { kind: "browser", displayLanguage: null, theme: null };
export const EXCEL: HostInfo = { kind: "excel", displayLanguage: "en-US", theme: null };

export function renderPane(host: HostInfo = BROWSER, initialLanguage: Lang = "en"): RenderResult {
  return render(<App detect={() => Promise.resolve(host)} dataset={fixedSource(fixtureDataset)} initialLanguage={initialLanguage} />);
}
