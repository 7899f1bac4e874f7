// @vitest-environment jsdom
/**
 * The pane's first view renders from the company index, before the dataset has loaded; the
 * dataset loads right after it. An opened company (or another view) shows "Loading…" while the
 * data is on its way and its figures once it is there; a dataset that cannot load is reported
 * by the view. Imported companies join the list once the dataset has loaded.
 */
import { afterEach, describe, expect, it } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { companyIndex } from "../../../src/core/dataset/company-index";
import { setImportedGroups } from "../../../src/core/dataset/imported";
import type { Dataset } from "../../../src/core/dataset/types";
import { BUNDLED_DATASET, BUNDLED_INDEX, type DatasetSource } from "../../../src/taskpane/data/dataset-source";
import { BROWSER } from "../render";
import { fixtureDataset } from "../fixture";

afterEach(() => setImportedGroups([]));

const listItems = () => within(screen.getByRole("list", { name: "Companies in the bundled data" })).getAllByRole("listitem");

/** A source whose dataset arrives (or fails) when the test says. */
function heldSource(ds: Dataset) {
  let state: "waiting" | "loaded" | "failed" = "waiting";
  const listeners = new Set<() => void>();
  let settle: { resolve: (ds: Dataset) => void; reject: (e: Error) => void } | undefined;
  const pending = new Promise<Dataset>((resolve, reject) => (settle = { resolve, reject }));
  pending.catch(() => undefined);
  let loads = 0;
  const index = companyIndex(ds);
  const source: DatasetSource = {
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    dataset: () => (state === "loaded" ? ds : undefined),
    companies: () => index,
    failure: () => (state === "failed" ? new Error("Loading chunk dataset failed.") : undefined),
    load: () => (loads++, pending),
  };
  const notify = () => listeners.forEach((l) => l());
  return {
    source,
    loads: () => loads,
    arrive: () => act(() => ((state = "loaded"), settle!.resolve(ds), notify())),
    fail: () => act(() => ((state = "failed"), settle!.reject(new Error("Loading chunk dataset failed.")), notify())),
  };
}

describe("the first view before the dataset", () => {
  it("lists the bundled companies from the generated index, then loads the dataset right after", async () => {
    render(<App detect={() => Promise.resolve(BROWSER)} initialLanguage="en" />);
    expect(BUNDLED_DATASET.dataset()).toBeUndefined();
    const items = listItems();
    expect(items).toHaveLength(BUNDLED_INDEX.companies.length);
    expect(items[0]!.textContent).toContain(BUNDLED_INDEX.companies[0]!.name_en);
    await waitFor(() => expect(BUNDLED_DATASET.dataset()).toBeDefined());
    // The list now comes from the loaded dataset: the same companies.
    expect(BUNDLED_DATASET.companies()).toEqual(BUNDLED_INDEX);

    await userEvent.setup().click(screen.getByRole("button", { name: /Aier Eye Hospital Group/ }));
    expect(await screen.findByRole("heading", { level: 2, name: "Aier Eye Hospital Group" })).toBeTruthy();
    expect(within(screen.getByRole("table")).getAllByRole("row").length).toBeGreaterThan(1);
  });

  it("adds imported companies to the list once the dataset has loaded", async () => {
    await BUNDLED_DATASET.load();
    render(<App detect={() => Promise.resolve(BROWSER)} initialLanguage="en" />);
    const before = listItems().length;
    act(() =>
      setImportedGroups([
        {
          id: "imported",
          entities: [{ id: "zeta_eye", name_en: "Zeta Eye Clinics", name_zh: "泽塔眼科", short_en: "Zeta Eye", short_zh: "泽塔眼科", kind: "unlisted", aliases: [] }],
          segments: [],
          figures: [{ entity: "zeta_eye", field: "revenue", period: "2024", value: 12.5, unit: "亿元", printed: "12.5亿元", file: "imported", line: 1 }],
          conflicts: [],
          checks: [],
        },
      ]),
    );
    await waitFor(() => expect(listItems()).toHaveLength(before + 1));
    expect(screen.getByRole("button", { name: /Zeta Eye Clinics/ }).textContent).toContain("1 figure");
  });

  it("shows Loading… for an opened company until the dataset arrives, then its figures", async () => {
    const held = heldSource(fixtureDataset());
    render(<App detect={() => Promise.resolve(BROWSER)} dataset={held.source} initialLanguage="en" />);
    expect(listItems()).toHaveLength(3);
    await waitFor(() => expect(held.loads()).toBeGreaterThan(0));
    await userEvent.setup().click(screen.getByRole("button", { name: /Acme Eye Hospital Group/ }));
    expect(await screen.findByText("Loading…")).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
    held.arrive();
    expect(await screen.findByRole("heading", { level: 2, name: "Acme Eye Hospital Group" })).toBeTruthy();
  });

  it("says the view could not be loaded when the dataset fails, and keeps the list", async () => {
    const held = heldSource(fixtureDataset());
    render(<App detect={() => Promise.resolve(BROWSER)} dataset={held.source} initialLanguage="en" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "Sources" }));
    expect(await screen.findByText("Loading…")).toBeTruthy();
    held.fail();
    expect((await screen.findByRole("alert")).textContent).toBe("This view could not be loaded. Reload the pane to try again.");
    await user.click(screen.getByRole("tab", { name: "Data" }));
    expect(listItems()).toHaveLength(3);
  });
});
