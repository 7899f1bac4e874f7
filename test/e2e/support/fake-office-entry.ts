/**
 * Browser entry served in place of office.js in the "inside Excel" end-to-end test: the strict
 * in-memory workbook (with CAPCYCLE evaluated by HyperFormula) installed as the Office and
 * Excel globals, seeded with a small user model, and exposed as `window.capcycleFake` so the
 * test can read the workbook (and change it, as a user would) between pane actions.
 * The display language comes from the page URL (?lang=zh-CN).
 */
import { createFakeExcel, installFakeOffice, type FakeExcel } from "../../support/workbook/index";
import { registerCapcycleFunctions } from "../../support/hyperformula-capcycle";

declare global {
  // `var`, not `let`: only var declarations become properties of globalThis (the test reads it).
  var capcycleFake: FakeExcel | undefined;
}

const fake = createFakeExcel({ registerFunctions: (hf) => registerCapcycleFunctions(hf) });

// A user's own model: periods across row 1, capex and D&A below (for "chart from selection").
fake.seed.sheet("Model", [
  ["", "2021", "2022", "2023", "2024"],
  ["Capex", 12.5, 15.1, 18.4, 16.2],
  ["D&A", 6.1, 7.4, 8.9, 10.3],
]);
fake.seed.select("Sheet1!B2");

const params = new URLSearchParams(globalThis.location?.search ?? "");
installFakeOffice(globalThis, fake, { displayLanguage: params.get("lang") ?? "en-US" });
// Office's dark theme, as Office.context.officeTheme reports it (?theme=dark).
if (params.get("theme") === "dark") {
  const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office;
  office.context.officeTheme = {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#3b3b3b",
    controlForegroundColor: "#ffffff",
  };
}
globalThis.capcycleFake = fake;
