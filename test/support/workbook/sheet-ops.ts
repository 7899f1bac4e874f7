/** Worksheet-level operations on the model: add, rename, move, hide, activate, delete. */
import { defaultPageLayout } from "./page-layout-ops";
import { rect } from "./address";
import { officeError } from "./errors";
import type { FakeHost } from "./host";
import { nextGuid, type SheetModel } from "./model";
import { invalidName, sameName, sheetNameProblem } from "./rules";

export function findSheet(host: FakeHost, key: string): SheetModel | undefined {
  return host.model.sheets.find((s) => sameName(s.name, key) || s.id === key);
}

function assertStructureEditable(host: FakeHost, location: string): void {
  if (host.model.protected) {
    throw officeError("AccessDenied", "The workbook's structure is protected: sheets cannot be added, deleted, renamed or moved.", location);
  }
}

function assertNewName(host: FakeHost, name: unknown, self: SheetModel | null, location: string): string {
  const problem = sheetNameProblem(name);
  if (problem) throw invalidName(problem, location);
  const text = name as string;
  if (host.model.sheets.some((s) => s !== self && sameName(s.name, text))) {
    throw officeError("ItemAlreadyExists", `A sheet named "${text}" already exists (sheet names are compared without case).`, location);
  }
  return text;
}

export function addSheet(host: FakeHost, name: string | undefined, location: string): SheetModel {
  assertStructureEditable(host, location);
  let chosen = name;
  if (chosen === undefined || chosen === null) {
    let n = host.model.sheets.length + 1;
    while (findSheet(host, `Sheet${n}`)) n += 1;
    chosen = `Sheet${n}`;
  }
  const valid = assertNewName(host, chosen, null, location);
  const sheet: SheetModel = {
    id: nextGuid(host.model, 1),
    hfId: host.engine.addSheet(valid),
    name: valid,
    visibility: "Visible",
    tabColor: "",
    protected: false,
    protectionOptions: {},
    protectionPassword: null,
    content: new Set(),
    meta: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    charts: [],
    frozen: { rows: 0, columns: 0 },
    pageLayout: defaultPageLayout(),
  };
  host.model.sheets.push(sheet);
  host.model.activeSheet ??= sheet;
  host.model.selection ??= { sheet, rect: rect(0, 0, 1, 1) };
  return sheet;
}

export function renameSheet(host: FakeHost, sheet: SheetModel, name: unknown, location: string): void {
  if (name === sheet.name) return;
  assertStructureEditable(host, location);
  const valid = assertNewName(host, name, sheet, location);
  host.engine.renameSheet(sheet.hfId, valid);
  sheet.name = valid;
}

function visibleSheets(host: FakeHost): SheetModel[] {
  return host.model.sheets.filter((s) => s.visibility === "Visible");
}

export function deleteSheet(host: FakeHost, sheet: SheetModel, location: string): void {
  assertStructureEditable(host, location);
  const visible = visibleSheets(host);
  if (visible.length === 1 && visible[0] === sheet) {
    throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", location);
  }
  const index = host.model.sheets.indexOf(sheet);
  host.model.tables = host.model.tables.filter((t) => t.sheet !== sheet);
  host.engine.removeSheet(sheet.hfId);
  host.model.sheets.splice(index, 1);
  if (host.model.activeSheet === sheet) {
    const rest = visibleSheets(host);
    host.model.activeSheet = rest.find((s) => host.model.sheets.indexOf(s) >= index) ?? rest[rest.length - 1] ?? null;
  }
  if (host.model.selection?.sheet === sheet) {
    const active = host.model.activeSheet;
    host.model.selection = active ? { sheet: active, rect: rect(0, 0, 1, 1) } : null;
    host.model.selectionExtra = null;
  }
}

export function moveSheet(host: FakeHost, sheet: SheetModel, position: unknown, location: string): void {
  const sheets = host.model.sheets;
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= sheets.length) {
    throw officeError("InvalidArgument", `A sheet position must be 0–${sheets.length - 1}.`, location);
  }
  if (sheets.indexOf(sheet) === position) return;
  assertStructureEditable(host, location);
  sheets.splice(sheets.indexOf(sheet), 1);
  sheets.splice(position, 0, sheet);
}

export function setVisibility(host: FakeHost, sheet: SheetModel, visibility: unknown, location: string): void {
  if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
    throw officeError("InvalidArgument", `Unknown sheet visibility ${JSON.stringify(visibility)}.`, location);
  }
  if (visibility !== "Visible") {
    const visible = visibleSheets(host);
    if (visible.length === 1 && visible[0] === sheet) {
      throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", location);
    }
  }
  sheet.visibility = visibility;
  if (host.model.activeSheet === sheet && visibility !== "Visible") host.model.activeSheet = visibleSheets(host)[0] ?? null;
}

export function activateSheet(host: FakeHost, sheet: SheetModel, location: string): void {
  if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "A hidden sheet cannot be activated.", location);
  host.model.activeSheet = sheet;
  if (host.model.selection?.sheet !== sheet) {
    host.model.selection = { sheet, rect: rect(0, 0, 1, 1) };
    host.model.selectionExtra = null;
  }
}
