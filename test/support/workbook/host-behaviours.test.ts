/**
 * Host behaviours of real Excel the adapter must survive (README "Host behaviours"), one test
 * each: custom functions answering late, several areas selected, a chart or shape selected,
 * whole rows and columns, table auto-expansion and charts that follow it, the header guess of
 * charts.add, cell-edit mode, the hidden task pane, and the client library's own API gates.
 */
import { describe, expect, it } from "vitest";
import { registerCapcycleFunctions } from "../hyperformula-capcycle";
import { createFakeExcel, installFakeOffice } from "./index";

describe("custom functions answer asynchronously", () => {
  it("CAPCYCLE cells show #BUSY! until the functions' runtime answers; native formulas compute at once", async () => {
    const fake = createFakeExcel({ registerFunctions: (hf) => registerCapcycleFunctions(hf) });
    fake.customFunctions.hold();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").formulas = [[30, "=CAPCYCLE.CAPEX_DA_RATIO(A1,20)", "=A1/20"]];
      await context.sync();
    });
    expect(fake.values("Sheet1!A1:C1")).toEqual([[30, "#BUSY!", 1.5]]);
    expect(fake.customFunctions.pending).toBe(true);
    fake.customFunctions.answer();
    expect(fake.values("Sheet1!A1:C1")).toEqual([[30, 1.5, 1.5]]);
  });
});

describe("selections", () => {
  it("several areas: getSelectedRange throws InvalidSelection, getSelectedRanges (1.9) lists the areas", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Model", { A1: "x" });
    await fake.select("Model", "C5:H5,C9:H9");
    await expect(
      fake.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidSelection" });
    const listed = await fake.run(async (context) => {
      const areas = context.workbook.getSelectedRanges();
      areas.load("address,areaCount,areas/items/address");
      await context.sync();
      return [areas.areaCount, areas.address, areas.areas.items.map((r) => r.address)];
    });
    expect(listed).toEqual([2, "Model!C5:H5,Model!C9:H9", ["Model!C5:H5", "Model!C9:H9"]]);
  });

  it("getSelectedRanges needs ExcelApi 1.9 (ApiNotFound below it)", async () => {
    const fake = createFakeExcel({ supported: ["ExcelApi 1.8"] });
    await expect(fake.run(async (context) => void context.workbook.getSelectedRanges())).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("a chart or shape selected: both selection getters throw InvalidSelection; the active cell stays", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Model", [["Capex", 1, 2]]);
    fake.seed.chart("Model", { name: "Mine", type: "ColumnClustered", source: "A1:C1", seriesBy: "Rows" });
    fake.seed.select("Model!B1");
    await fake.selectObject("Model", "chart", "Mine");
    for (const get of ["getSelectedRange", "getSelectedRanges"] as const) {
      await expect(
        fake.run(async (context) => {
          context.workbook[get]().load("address");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidSelection" });
    }
    const active = await fake.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("address");
      await context.sync();
      return cell.address;
    });
    expect(active).toBe("Model!B1");
    await fake.selectObject("Model", "shape", "Rectangle 1");
    await expect(fake.run(async (context) => void (await context.sync(context.workbook.getSelectedRange().load("address"))))).rejects.toMatchObject({
      code: "InvalidSelection",
    });
  });

  it("whole rows and whole columns have Excel's addresses (Model!3:5, Model!C:D)", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Model", { A1: 1 });
    const addressOf = async (address: string) => {
      await fake.select("Model", address);
      return fake.run(async (context) => {
        const r = context.workbook.getSelectedRange();
        r.load("address,isEntireRow,isEntireColumn");
        await context.sync();
        return [r.address, r.isEntireRow, r.isEntireColumn];
      });
    };
    expect(await addressOf("3:5")).toEqual(["Model!3:5", true, false]);
    expect(await addressOf("C:D")).toEqual(["Model!C:D", false, true]);
    expect(await addressOf("1:1048576")).toEqual(["Model!1:1048576", true, true]);
  });
});

describe("tables and charts", () => {
  function withTable() {
    const fake = createFakeExcel();
    fake.seed.sheet("Model", [
      ["Period", "Capex"],
      ["'2023", 40],
      ["'2024", 35],
    ]);
    fake.seed.table("Model", "A1:B3", { name: "Fin" });
    fake.seed.chart("Model", { name: "Bound", type: "ColumnClustered", source: "B2:B3", seriesBy: "Columns" });
    return fake;
  }

  it("a write into the row right below a table makes the table absorb it; charts on its whole columns follow", async () => {
    const fake = withTable();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Model").getRange("A4:B4").values = [["'2025", 50]];
      await context.sync();
    });
    expect(fake.snapshot().tables["Fin"]!.address).toBe("A1:B4");
    expect(fake.snapshot().sheets["Model"]!.charts[0]!.series[0]!.values).toBe("=Model!$B$2:$B$4");
  });

  it("a write into the column right of a table adds a column; a write whose first value is blank expands nothing (#2097)", async () => {
    const fake = withTable();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Model");
      ws.getRange("C2:C3").values = [[1], [2]];
      ws.getRange("A5:B5").values = [["", 9]];
      await context.sync();
    });
    const t = fake.snapshot().tables["Fin"]!;
    expect(t.address).toBe("A1:C3");
    expect(fake.values("Model!C1")).toEqual([["Column3"]]);
  });

  it("a write one row further down (a blank row between) leaves the table alone", async () => {
    const fake = withTable();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Model").getRange("A5:B5").values = [["'2025", 50]];
      await context.sync();
    });
    expect(fake.snapshot().tables["Fin"]!.address).toBe("A1:B3");
  });

  it("charts.add on one line whose first cell is blank takes that cell as the series name (the header guess)", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("S", [["", ""], ["", 0.1], ["", 0.2]]);
    const values = await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("B1:B3"), "Columns");
      const s = chart.series.getItemAt(0);
      const source = s.getDimensionDataSourceString("Values");
      await context.sync();
      return source.value;
    });
    expect(values).toBe("=S!$B$2:$B$3");
  });
});

describe("cell-edit mode", () => {
  it("every request fails with InvalidOperationInCellEditMode until the person leaves the cell", async () => {
    const fake = createFakeExcel();
    fake.setCellEditMode(true);
    const read = () =>
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.load("name");
        await context.sync();
        return ws.name;
      });
    await expect(read()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    fake.setCellEditMode(false);
    expect(await read()).toBe("Sheet1");
  });
});

describe("the task pane in the shared runtime", () => {
  it("reports hiding and showing through Office.addin.onVisibilityModeChanged, and stops reporting once removed", async () => {
    const fake = createFakeExcel();
    const target: Record<string, unknown> = {};
    const office = installFakeOffice(target, fake);
    const addin = (target.Office as { addin: { onVisibilityModeChanged(h: (a: { visibilityMode: string }) => void): Promise<() => Promise<void>>; showAsTaskpane(): Promise<void> } }).addin;
    const heard: string[] = [];
    const remove = await addin.onVisibilityModeChanged((a) => void heard.push(a.visibilityMode));
    await office.setVisibility("Hidden");
    expect(office.visibility).toBe("Hidden");
    await addin.showAsTaskpane();
    await remove();
    await office.setVisibility("Hidden");
    expect(heard).toEqual(["Hidden", "Taskpane"]);
    expect(office.addinCalls).toEqual(["showAsTaskpane"]);
  });
});
