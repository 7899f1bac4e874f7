/** Excel.Workbook, Application (calculation) and WorkbookProtection. */
import { rect } from "./address";
import { FakeCustomXmlPartCollection } from "./custom-xml";
import { officeError } from "./errors";
import { FakeEventHandlers } from "./events";
import type { WorkbookModel } from "./model";
import { FakeNamedItemCollection } from "./names";
import { ProxyBase, type ObjectSpec } from "./proxy";
import { FakeRange } from "./range";
import { FakeRangeAreas, type AreasTarget } from "./range-areas";
import { FakeSettingCollection } from "./settings";
import { oneOf } from "./style-values";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook extends ProxyBase<WorkbookModel> {
  protected _describe(): ObjectSpec<WorkbookModel> {
    return {
      className: "Workbook",
      kind: "workbook",
      scalars: { name: { requires: "1.7", read: () => "Book1.xlsx" } },
      // WorkbookLoadOptions lists tables but not worksheets, names, customXmlParts or settings.
      navigation: { application: () => this.application, protection: { child: () => this.protection, requires: "1.7" }, tables: () => this.tables },
    };
  }

  get name(): string {
    return this._get("name");
  }

  get worksheets(): FakeWorksheetCollection {
    return this._navigate("worksheets", FakeWorksheetCollection, (m) => m);
  }
  get tables(): FakeTableCollection {
    return this._navigate("tables", FakeTableCollection, () => ({ sheet: null }));
  }
  get names(): FakeNamedItemCollection {
    return this._navigate("names", FakeNamedItemCollection, (m) => m);
  }
  get customXmlParts(): FakeCustomXmlPartCollection {
    return this._navigate("customXmlParts", FakeCustomXmlPartCollection, (m) => m);
  }
  get settings(): FakeSettingCollection {
    return this._navigate("settings", FakeSettingCollection, (m) => m);
  }
  get application(): FakeApplication {
    return this._navigate("application", FakeApplication, (m) => m);
  }
  get protection(): FakeWorkbookProtection {
    return this._navigate("protection", FakeWorkbookProtection, (m) => m);
  }

  /** ExcelApi 1.2; Office.js throws ApiNotFound on reading it where the set is missing. */
  get onSelectionChanged(): FakeEventHandlers {
    // The docs list ExcelApi 1.2, but the client library checks 1.3 (excel-web-16.00.debug.js,
    // `_throwIfApiNotSupported("Workbook.onSelectionChanged", …, "1.3", …)`): the fake follows
    // the library, since that is what throws in Excel.
    this._requires("onSelectionChanged", "1.3");
    const events = this._host.events;
    return new FakeEventHandlers(this.context, "workbook.onSelectionChanged", () => events.workbookSelection);
  }

  /**
   * Throws InvalidSelection when a chart or shape is selected (office-js #8, #2268: "by design")
   * or when several areas are (Excel's documented contract for getSelectedRange; see README).
   */
  getSelectedRange(): FakeRange {
    return this._callObject(
      "getSelectedRange",
      FakeRange,
      (m) => {
        if (!m.selection) throw officeError("ItemNotFound", "Nothing is selected.", "Workbook.getSelectedRange");
        if (m.selectionExtra) throw officeError("InvalidSelection", undefined, "Workbook.getSelectedRange");
        return m.selection;
      },
    );
  }

  /** ExcelApi 1.9: every area picked (one for a plain selection); InvalidSelection for a chart or shape (#2268). */
  getSelectedRanges(): FakeRangeAreas {
    return this._callObject(
      "getSelectedRanges",
      FakeRangeAreas,
      (m): AreasTarget => {
        if (!m.selection) throw officeError("ItemNotFound", "Nothing is selected.", "Workbook.getSelectedRanges");
        const extra = m.selectionExtra;
        if (extra && "object" in extra) throw officeError("InvalidSelection", undefined, "Workbook.getSelectedRanges");
        return { sheet: m.selection.sheet, areas: extra ? extra.areas : [m.selection.rect] };
      },
      { requires: "1.9" },
    );
  }
  getActiveCell(): FakeRange {
    return this._callObject(
      "getActiveCell",
      FakeRange,
      (m) => {
        if (!m.selection) throw officeError("ItemNotFound", "Nothing is selected.", "Workbook.getActiveCell");
        return { sheet: m.selection.sheet, rect: rect(m.selection.rect.r0, m.selection.rect.c0, 1, 1) };
      },
      { requires: "1.7" },
    );
  }
}

/**
 * Calculation. Manual mode and suspendApiCalculationUntilNextSync both stop recalculation:
 * formulas written meanwhile compute on entry, but cells depending on changed cells keep their
 * old values until `calculate()` or a switch to Automatic — per the docs, after suspending
 * "it is the developer's responsibility to re-calc the workbook".
 */
export class FakeApplication extends ProxyBase<WorkbookModel> {
  protected _describe(): ObjectSpec<WorkbookModel> {
    const host = this._host;
    return {
      className: "Application",
      kind: "application",
      scalars: {
        calculationMode: {
          read: (m) => m.calculationMode,
          write: (m, v) => {
            host.requirements.require("Application.calculationMode", "1.8");
            m.calculationMode = oneOf(v, ["Automatic", "AutomaticExceptTables", "Manual"] as const, "Application.calculationMode");
            if (m.calculationMode === "Manual") host.freezeCalculation();
            else host.thawCalculation();
          },
        },
      },
    };
  }

  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(v: string) {
    this._set("calculationMode", v);
  }

  calculate(calculationType: string): void {
    this._call("calculate", () => {
      oneOf(calculationType, ["Recalculate", "Full", "FullRebuild"] as const, "Application.calculate");
      this._host.counters.calculate += 1;
      this._host.recalculate();
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call(
      "suspendApiCalculationUntilNextSync",
      () => {
        this._host.counters.suspendCalculation += 1;
        this._host.freezeCalculation();
      },
      { requires: "1.6" },
    );
  }
}

export class FakeWorkbookProtection extends ProxyBase<WorkbookModel> {
  protected _describe(): ObjectSpec<WorkbookModel> {
    return { className: "WorkbookProtection", kind: "workbookProtection", scalars: { protected: { requires: "1.7", read: (m) => m.protected } } };
  }

  get protected(): boolean {
    return this._get("protected");
  }

  protect(_password?: string): void {
    this._call("protect", (m) => (m.protected = true), { requires: "1.7" });
  }
  unprotect(_password?: string): void {
    this._call("unprotect", (m) => (m.protected = false), { requires: "1.7" });
  }
}
