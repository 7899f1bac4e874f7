/**
 * Selection events: registration and removal take effect when synced, handlers hear
 * `fake.select`, requirement sets gate the event objects.
 */
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./index";

describe("workbook.onSelectionChanged", () => {
  it("hears selections once the add is synced, until the remove is synced", async () => {
    const fake = createFakeExcel();
    const heard: unknown[] = [];
    let registration: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | undefined;
    await fake.run(async (context) => {
      registration = context.workbook.onSelectionChanged.add(async (args) => void heard.push(typeof args.workbook.getSelectedRange));
      // Not synced yet: Excel does not know the handler.
      await fake.select("Sheet1", "B2");
      expect(heard).toEqual([]);
      await context.sync();
    });
    expect(fake.counters.roundTrips).toBe(1);
    expect(fake.counters.opNamesPerRoundTrip).toEqual([["workbook.onSelectionChanged.add"]]);
    await fake.select("Sheet1", "C3:D4");
    expect(heard).toEqual(["function"]);
    expect(fake.snapshot().selection).toBe("Sheet1!C3:D4");

    // Removed through the context it was added in, after its Excel.run ended.
    registration!.remove();
    await fake.select("Sheet1", "E5");
    expect(heard).toHaveLength(2);
    await registration!.context.sync();
    expect(fake.counters.roundTrips).toBe(2);
    await fake.select("Sheet1", "F6");
    expect(heard).toHaveLength(2);
  });

  it("a closed context still refuses other work", async () => {
    const fake = createFakeExcel();
    let registration: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | undefined;
    let saved: Excel.RequestContext | undefined;
    await fake.run(async (context) => {
      saved = context;
      registration = context.workbook.onSelectionChanged.add(async () => undefined);
      await context.sync();
    });
    expect(() => saved!.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values")).toThrow(/InvalidObjectPath|object path/i);
    registration!.remove();
    await expect(registration!.context.sync()).resolves.toBeUndefined();
  });

  it("moves the active sheet with the selection, and rejects an unknown sheet", async () => {
    const fake = createFakeExcel({ initialSheets: ["Sheet1", "Model"] });
    await fake.select("Model", "A2");
    expect(fake.snapshot().activeSheet).toBe("Model");
    await expect(fake.select("Nope", "A1")).rejects.toThrow(/No such sheet/);
  });

  it("is gated at ExcelApi 1.3 by the client library (the docs say 1.2): a 1.2 host throws ApiNotFound", async () => {
    const fake = createFakeExcel({ supported: ["ExcelApi 1.2"] });
    await expect(
      fake.run(async (context) => {
        context.workbook.onSelectionChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("worksheet.onSelectionChanged", () => {
  it("hears only its own sheet, with the address on that sheet", async () => {
    const fake = createFakeExcel({ initialSheets: ["Sheet1", "Model"] });
    const heard: { type: string; address: string }[] = [];
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Model").onSelectionChanged.add(async (args) => void heard.push({ type: args.type, address: args.address }));
      await context.sync();
    });
    await fake.select("Sheet1", "B2");
    await fake.select("Model", "B2:C3");
    expect(heard).toEqual([{ type: "WorksheetSelectionChanged", address: "B2:C3" }]);
  });

  it("is ExcelApi 1.7", async () => {
    const fake = createFakeExcel({ supported: ["ExcelApi 1.6"] });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("passes a handler's failure to the test that selected", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => {
        throw new Error("handler failed");
      });
      await context.sync();
    });
    await expect(fake.select("Sheet1", "A1")).rejects.toThrow("handler failed");
  });
});
