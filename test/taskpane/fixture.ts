/**
 * A small dataset for the pane's tests: a listed company with revenue over two periods, capex
 * whose two statements disagree (a recorded conflict), a hedged figure and a derived one; an
 * unlisted company with a segment figure; an entity with no figures. Built with the real
 * dataset builder, so the pane is tested against the same index the add-in uses.
 */
import { buildDataset } from "../../src/core/dataset/build";
import type { Dataset, SeedData } from "../../src/core/dataset/types";

const FILE_A = "901_aaaaaaaaaaaaaaaa.txt";
const FILE_B = "902_bbbbbbbbbbbbbbbb.txt";

export const FIXTURE_DATA: SeedData = {
  fields: [
    { id: "revenue", kind: "money", name_en: "Revenue", name_zh: "营业收入", aliases: ["营收"] },
    { id: "capex", kind: "money", name_en: "Capital expenditure", name_zh: "资本开支", aliases: [] },
    { id: "gross_margin", kind: "percent", name_en: "Gross margin", name_zh: "毛利率", aliases: [] },
    { id: "hospitals", kind: "count", name_en: "Hospitals", name_zh: "医院数量", aliases: [] },
  ],
  groups: [
    {
      id: "test",
      entities: [
        { id: "acme_eye", ticker: "300999.SZ", name_en: "Acme Eye Hospital Group", name_zh: "阿克眼科医院集团", short_en: "Acme Eye", short_zh: "阿克眼科", kind: "listed", aliases: ["阿克"] },
        { id: "bolt_med", name_en: "Bolt Medical Systems", name_zh: "博特医疗系统", short_en: "Bolt Medical", short_zh: "博特医疗", kind: "unlisted", aliases: [] },
        { id: "empty_co", name_en: "Empty Holdings", name_zh: "空壳控股", short_en: "Empty", short_zh: "空壳", kind: "group", aliases: [] },
      ],
      segments: [{ id: "ct", name_en: "CT", name_zh: "CT", aliases: [] }],
      figures: [
        { entity: "acme_eye", field: "revenue", period: "2024", value: 209.84, unit: "亿元", printed: "209.84亿元", file: FILE_A, line: 3 },
        { entity: "acme_eye", field: "revenue", period: "2025H1", value: 115.07, unit: "亿元", printed: "115.07亿元", file: FILE_A, line: 5 },
        { entity: "acme_eye", field: "capex", period: "2024", value: 30.5, unit: "亿元", printed: "30.5亿元", file: FILE_A, line: 9 },
        { entity: "acme_eye", field: "capex", period: "2024", value: 28, unit: "亿元", printed: "28亿元", file: FILE_B, line: 2 },
        { entity: "acme_eye", field: "gross_margin", period: "2024", value: 48.2, unit: "%", printed: "48.2%", file: FILE_A, line: 11 },
        { entity: "acme_eye", field: "hospitals", period: "2025M06", value: 900, unit: "家", printed: "超过900家", file: FILE_B, line: 4, qualifier: "more_than" },
        {
          entity: "acme_eye",
          field: "revenue",
          period: "2023",
          value: 200,
          unit: "亿元",
          printed: "200亿元",
          file: FILE_A,
          line: 4,
          derived: { from: ["901:3:acme_eye/revenue/2024"], method: "revenue 2024 / (1 + revenue growth 2024)" },
        },
        { entity: "bolt_med", field: "revenue", period: "2024", segment: "ct", value: 12.3, unit: "亿元", printed: "12.3亿元", file: FILE_B, line: 7 },
      ],
      conflicts: [
        {
          entity: "acme_eye",
          field: "capex",
          period: "2024",
          primary: "901:9:acme_eye/capex/2024",
          rule: "financial_statement_context",
          reason: "The cash-flow statement figure.",
        },
      ],
      checks: [],
    },
  ],
};

let built: Dataset | undefined;

export function fixtureDataset(): Dataset {
  return (built ??= buildDataset(FIXTURE_DATA));
}
