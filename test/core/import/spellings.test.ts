import { describe, expect, it } from "vitest";
import { readPeriod, readUnit } from "../../../src/core/import/spellings";
import { readCell } from "../../../src/core/import/cells";
import { decodeText } from "../../../src/core/import/decode";
import { fieldOfLabel, readLabel } from "../../../src/core/import/headers";
import { getDataset } from "../../../src/core/dataset";

describe("periods as analysts write them (SPEC §2)", () => {
  it.each([
    ["2024", "2024"],
    ["FY2024", "2024"],
    ["FY24", "2024"],
    ["2024A", "2024"],
    ["2024年报", "2024"],
    ["2024年度报告", "2024"],
    ["2024-12-31", "2024"],
    ["2024/12/31", "2024"],
    ["20241231", "2024"],
    ["2025H1", "2025H1"],
    ["1H25", "2025H1"],
    ["H1 2025", "2025H1"],
    ["H1'25", "2025H1"],
    ["2025 H1", "2025H1"],
    ["2025年上半年", "2025H1"],
    ["2025中报", "2025H1"],
    ["2025半年报", "2025H1"],
    ["2025-06-30", "2025H1"],
    ["2025Q1", "2025Q1"],
    ["1Q25", "2025Q1"],
    ["2025一季报", "2025Q1"],
    ["2025-03-31", "2025Q1"],
    ["2025三季报", "2025Q1Q3"],
    ["2025-09-30", "2025Q1Q3"],
    ["2025M07", "2025M07"],
    ["2025年前三季度", "2025Q1Q3"],
    ["Q1 2025", "2025Q1"],
    ["25H1", "2025H1"],
    ["2024年12月31日", "2024"],
  ])("%s → %s", (text, id) => {
    expect(readPeriod(text)).toEqual({ id });
  });

  it("reads a forecast marker as the basis", () => {
    expect(readPeriod("2027E")).toEqual({ id: "2027", basis: "forecast" });
    expect(readPeriod("FY2027E")).toEqual({ id: "2027", basis: "forecast" });
  });

  it("takes numbers as years or Excel date serials, and Dates as closing days", () => {
    expect(readPeriod(2023)).toEqual({ id: "2023" });
    expect(readPeriod(45657)).toEqual({ id: "2024" }); // 2024-12-31
    expect(readPeriod(new Date(Date.UTC(2025, 5, 30)))).toEqual({ id: "2025H1" });
    expect(readPeriod(12.5)).toBeNull();
  });

  it.each(["LTM", "TTM", "LTM 2025H1", "FY-1", "latest", "2025-07", "2024-11-30", "next year", "", "2024年末?"])("refuses %j", (text) => {
    expect(readPeriod(text)).toBeNull();
  });
});

describe("units as analysts write them (SPEC §2)", () => {
  it.each([
    ["亿", "亿元"],
    ["100m", "亿元"],
    ["亿元", "亿元"],
    ["亿元人民币", "亿元"],
    ["万", "万元"],
    ["10k", "万元"],
    ["万元", "万元"],
    ["人民币万元", "万元"],
    ["百万", "百万元"],
    ["m", "百万元"],
    ["mn", "百万元"],
    ["million", "百万元"],
    ["CNY m", "百万元"],
    ["RMB mn", "百万元"],
    ["RMB'000", "千元"],
    ["十亿", "十亿元"],
    ["bn", "十亿元"],
    ["CNY bn", "十亿元"],
    ["RMB bn", "十亿元"],
    ["千元", "千元"],
    ["k", "千元"],
    ["元", "元"],
    ["1", "元"],
    ["%", "%"],
    ["万人次", "万人次"],
    ["倍", "倍"],
  ])("%s → %s", (text, id) => {
    expect(readUnit(text)?.id).toBe(id);
  });

  it.each([
    ["USD m", "USD million has no stored unit"],
    ["lakh", "unknown"],
    ["", "blank"],
    ["pieces of eight", "unknown"],
  ])("refuses %j (%s)", (text) => {
    expect(readUnit(text)).toBeNull();
  });
});

describe("number cells", () => {
  it.each([
    ["(1,234)", -1234],
    ["（1，234.50）", -1234.5],
    ["1,234,567.89", 1234567.89],
    ["-3.5", -3.5],
    ["+12", 12],
    ["１２３", 123],
    ["1e3", 1000],
  ])("%s → %d", (text, value) => {
    expect(readCell(text)).toMatchObject({ kind: "number", value });
  });

  it("keeps a percentage sign and a glued unit", () => {
    expect(readCell("12.5%")).toMatchObject({ kind: "number", value: 12.5, percent: true });
    expect(readCell("115.07亿")).toMatchObject({ kind: "number", value: 115.07, unitText: "亿" });
  });

  it.each(["", "--", "-", "—", "N/A", "无", null])("%j is blank, never zero", (text) => {
    expect(readCell(text)).toEqual({ kind: "blank" });
  });

  it.each(["abc", "=cmd|' /C calc'!A0", "1,23", "-(5)", "@SUM(A1)", "TRUE"])("%j is text", (text) => {
    expect(readCell(text).kind).toBe("text");
  });
});

describe("text encodings", () => {
  const gbk = new Uint8Array([0xd3, 0xaa, 0xd2, 0xb5, 0xca, 0xd5, 0xc8, 0xeb]); // 营业收入 in GBK
  it("reads UTF-8 (with or without BOM), GB18030/GBK and UTF-16 with BOM", () => {
    expect(decodeText(new TextEncoder().encode("营业收入"))).toEqual({ ok: true, text: "营业收入", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("营业收入")]))).toMatchObject({ ok: true, text: "营业收入" });
    expect(decodeText(gbk)).toEqual({ ok: true, text: "营业收入", encoding: "gb18030" });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x25, 0x84, 0x1a, 0x4e]))).toEqual({ ok: true, text: "营业", encoding: "utf-16le" });
  });
  it("refuses binary and undecodable bytes", () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, reason: "binary" });
    expect(decodeText(new Uint8Array([0x41, 0x80, 0x42, 0xff]))).toEqual({ ok: false, reason: "encoding" });
  });
});

describe("labels with units", () => {
  it.each([
    ["营业收入(万元)", "营业收入", "万元"],
    ["营业收入（万元）", "营业收入", "万元"],
    ["Revenue (RMB mn)", "Revenue", "百万元"],
    ["Capex, CNY m", "Capex", "百万元"],
    ["一、营业总收入", "营业总收入", undefined],
    ["其中：营业收入", "营业收入", undefined],
  ])("%s", (raw, name, unit) => {
    const r = readLabel(raw);
    expect(r.name).toBe(name);
    expect(r.unit?.id).toBe(unit);
  });
});

describe("statement line names → fields (catalogue aliases, extended for imports)", () => {
  it.each([
    ["购建固定资产、无形资产和其他长期资产支付的现金", "capex"],
    ["Purchases of property, plant and equipment", "capex"],
    ["Capital expenditures", "capex"],
    ["折旧与摊销", "da"],
    ["Depreciation & amortization", "da"],
    ["经营活动产生的现金流量净额", "operating_cash_flow"],
    ["Net cash from operating activities", "operating_cash_flow"],
    ["归属于母公司所有者的净利润", "net_profit"],
    ["一、营业总收入", "revenue"],
    ["营业收入(万元)", "revenue"],
    ["Total assets", "total_assets"],
    ["固定资产折旧、油气资产折耗、生产性生物资产折旧", "@da_part"],
    ["无形资产摊销", "@da_part"],
    ["营收同比", "revenue_yoy"],
  ])("%s → %s", (label, field) => {
    expect(fieldOfLabel(getDataset(), label)).toBe(field);
  });
});
