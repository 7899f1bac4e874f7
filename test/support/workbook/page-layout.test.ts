import { describe, expect, it } from "vitest";
import { createFakeExcel, type FakeExcelOptions } from "./index";
import { expectOfficeError, expectOfficeErrorNow } from "./office-error-matchers";

function book(options: FakeExcelOptions = {}) {
  const fake = createFakeExcel({ initialSheets: ["Model"], ...options });
  return fake;
}

const layoutOf = (fake: ReturnType<typeof book>) => fake.snapshot().sheets["Model"]!.pageLayout;

describe("freeze panes (ExcelApi 1.7)", () => {
  it("freezeAt keeps the rows above and the columns left of the range's bottom-right corner; freezeRows / freezeColumns replace it", async () => {
    const fake = book();
    expect(fake.snapshot().sheets["Model"]!.frozen).toEqual({ rows: 0, columns: 0 });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Model");
      sheet.freezePanes.freezeAt("A1:B12");
      await context.sync();
      expect(fake.snapshot().sheets["Model"]!.frozen).toEqual({ rows: 12, columns: 2 });
      sheet.freezePanes.freezeAt(sheet.getRange("3:4"));
      await context.sync();
      expect(fake.snapshot().sheets["Model"]!.frozen).toEqual({ rows: 4, columns: 0 });
      sheet.freezePanes.freezeRows(3);
      await context.sync();
      expect(fake.snapshot().sheets["Model"]!.frozen).toEqual({ rows: 3, columns: 0 });
      sheet.freezePanes.freezeColumns();
      await context.sync();
    });
    expect(fake.snapshot().sheets["Model"]!.frozen).toEqual({ rows: 0, columns: 1 });
  });

  it.each([
    ["a negative count", (p: { freezeRows(n?: number): void }) => p.freezeRows(-1)],
    ["a fractional count", (p: { freezeRows(n?: number): void }) => p.freezeRows(1.5)],
    ["more rows than the sheet has", (p: { freezeRows(n?: number): void }) => p.freezeRows(1_048_576)],
  ])("refuses %s with InvalidArgument", async (_, call) => {
    const fake = book();
    await fake.run(async (context) => {
      call(context.workbook.worksheets.getItem("Model").freezePanes);
      await expectOfficeError(context.sync(), "InvalidArgument");
    });
    expect(fake.snapshot().sheets["Model"]!.frozen).toEqual({ rows: 0, columns: 0 });
  });

  it("freezeAt takes a range of the same sheet", async () => {
    const fake = book({ initialSheets: ["Model", "Other"] });
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Model").freezePanes.freezeAt(sheets.getItem("Other").getRange("A1:B2"));
      await expectOfficeError(context.sync(), "InvalidArgument");
    });
  });

  it("needs ExcelApi 1.7", async () => {
    const fake = book({ supported: ["ExcelApi 1.6"] });
    await fake.run(async (context) => {
      expectOfficeErrorNow(() => context.workbook.worksheets.getItem("Model").freezePanes, "ApiNotFound", /ExcelApi 1.7/);
      await context.sync();
    });
  });
});

describe("page layout and page breaks (ExcelApi 1.9)", () => {
  it("a new sheet prints portrait on Letter, Normal margins, 100 %, no print area, titles or breaks", () => {
    expect(layoutOf(book())).toEqual({
      orientation: "Portrait",
      paperSize: "Letter",
      margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      zoom: { scale: 100 },
      printArea: null,
      printTitleRows: null,
      printTitleColumns: null,
      rowBreaks: [],
    });
  });

  it("stores orientation, paper, margins (points), fit to pages, print area, titles and row breaks", async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Model");
      const page = sheet.pageLayout;
      page.orientation = "Landscape";
      page.paperSize = "A4";
      page.leftMargin = 21.6;
      page.rightMargin = 21.6;
      page.topMargin = 28.8;
      page.bottomMargin = 36;
      page.headerMargin = 14.4;
      page.footerMargin = 18;
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintArea("A1:G151");
      page.setPrintTitleRows("$12:$12");
      page.setPrintTitleColumns(sheet.getRange("A:A"));
      sheet.horizontalPageBreaks.add("A81");
      sheet.horizontalPageBreaks.add(sheet.getRange("C41:D45"));
      sheet.horizontalPageBreaks.add("A81"); // twice: one break
      await context.sync();
    });
    expect(layoutOf(fake)).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      margins: { left: 21.6, right: 21.6, top: 28.8, bottom: 36, header: 14.4, footer: 18 },
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "$A$1:$G$151",
      printTitleRows: "$12:$12",
      printTitleColumns: "$A:$A",
      rowBreaks: [40, 80],
    });
  });

  it.each([
    ["an unknown orientation", (s: Excel.Worksheet) => void (s.pageLayout.orientation = "Sideways" as Excel.PageOrientation)],
    ["an unknown paper", (s: Excel.Worksheet) => void (s.pageLayout.paperSize = "A9" as Excel.PaperType)],
    ["a negative margin", (s: Excel.Worksheet) => void (s.pageLayout.leftMargin = -1)],
    ["a margin that is not a number", (s: Excel.Worksheet) => void (s.pageLayout.topMargin = "1in" as unknown as number)],
    ["a scale below 10 %", (s: Excel.Worksheet) => void (s.pageLayout.zoom = { scale: 5 })],
    ["a scale and pages to fit at once", (s: Excel.Worksheet) => void (s.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 })],
    ["a fractional page count", (s: Excel.Worksheet) => void (s.pageLayout.zoom = { horizontalFitToPages: 1.5 })],
    ["empty zoom options", (s: Excel.Worksheet) => void (s.pageLayout.zoom = {})],
    ["an unknown zoom option", (s: Excel.Worksheet) => void (s.pageLayout.zoom = { fit: 1 } as Excel.PageLayoutZoomOptions)],
    ["title rows that are not whole rows", (s: Excel.Worksheet) => s.pageLayout.setPrintTitleRows("A12:G12")],
    ["title columns that are not whole columns", (s: Excel.Worksheet) => s.pageLayout.setPrintTitleColumns("A1:A10")],
    ["a print area that is not an address", (s: Excel.Worksheet) => s.pageLayout.setPrintArea("A1:G")],
    ["a page break above the first row", (s: Excel.Worksheet) => void s.horizontalPageBreaks.add("A1")],
  ])("refuses %s with InvalidArgument, changing nothing", async (_, call) => {
    const fake = book();
    const before = layoutOf(fake);
    await fake.run(async (context) => {
      call(context.workbook.worksheets.getItem("Model"));
      await expectOfficeError(context.sync(), "InvalidArgument");
    });
    expect(layoutOf(fake)).toEqual(before);
  });

  it("needs ExcelApi 1.9: on 1.8 the page layout and the breaks throw ApiNotFound", async () => {
    const fake = book({ supported: ["ExcelApi 1.8"] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Model");
      expectOfficeErrorNow(() => sheet.pageLayout, "ApiNotFound", /ExcelApi 1.9/);
      expectOfficeErrorNow(() => sheet.horizontalPageBreaks, "ApiNotFound", /ExcelApi 1.9/);
      await context.sync();
    });
  });

  it("a copied sheet keeps the page setup and the frozen panes", async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Model");
      sheet.freezePanes.freezeRows(2);
      sheet.pageLayout.setPrintArea("A1:C9");
      sheet.horizontalPageBreaks.add("A5");
      sheet.copy("End").name = "Copy";
      await context.sync();
    });
    const snap = fake.snapshot();
    expect(snap.sheets["Copy"]!.pageLayout).toEqual(snap.sheets["Model"]!.pageLayout);
    expect(snap.sheets["Copy"]!.frozen).toEqual({ rows: 2, columns: 0 });
  });
});
