import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asciiPunctuationInChinese, readGlossary, rejectedTermsIn } from "./zh-text";

describe("ASCII punctuation in Chinese text", () => {
  it("finds , ; : ? ! ( ) beside a Chinese character", () => {
    expect(asciiPunctuationInChinese("未连接 Excel:请打开")).toHaveLength(1);
    expect(asciiPunctuationInChinese("实时(CAPCYCLE 函数,需要加载项)")).toHaveLength(3);
    expect(asciiPunctuationInChinese("空白单元格, 而非零")).toHaveLength(1);
  });

  it("leaves ASCII inside calls, numbers, versions and Latin text", () => {
    expect(asciiPunctuationInChinese("请用 FIELDS(公司) 列出该公司的字段。")).toEqual([]);
    expect(asciiPunctuationInChinese("需要 ExcelApi 1.7，当前版本不支持。")).toEqual([]);
    expect(asciiPunctuationInChinese("时间 12:30，比率 1.5")).toEqual([]);
    expect(asciiPunctuationInChinese("English (Chinese) 中文")).toEqual([]);
    expect(asciiPunctuationInChinese("=CAPCYCLE.DATA(\"300015\",\"revenue\")")).toEqual([]);
  });
});

describe("the glossary", () => {
  const glossary = readGlossary(join(__dirname, "..", ".."));

  it("rejects 净资产 for 股东权益, 主值 and 印刷精度, and keeps the name of ROE", () => {
    expect(glossary.rejected.get("净资产")).toBe("股东权益");
    expect(glossary.rejected.get("主值")).toBe("采用值");
    expect(glossary.rejected.get("印刷精度")).toBe("披露精度");
    expect(rejectedTermsIn("商誉/净资产", glossary)).toEqual(["净资产"]);
    expect(rejectedTermsIn("净资产收益率", glossary)).toEqual([]);
    expect(rejectedTermsIn("商誉/股东权益", glossary)).toEqual([]);
  });
});
