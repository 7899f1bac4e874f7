/**
 * Citations a person can follow: the article as its source record names it (title, date,
 * author, platform; our label, marked as ours, where it has no title), then the line and the
 * figure as printed — "豪赌智能：… (2025-07-04), line 45: "22.66亿元"". Used by SOURCE, the
 * Sources pane and the template's sources table. A file without a source record (an imported
 * or test file) is named by its file name.
 */
import type { Lang } from "../errors";
import { SOURCE_MSG } from "./source-messages";
import type { Dataset, SourceInput } from "./types";

type Sources = Pick<Dataset, "sourceByFile">;

/** The article's name: `Title (date)` / `《标题》（日期）`, with author and platform where it states them. */
export function sourceName(ds: Sources, file: string, lang: Lang): string {
  const src = ds.sourceByFile.get(file);
  if (!src) return file;
  return lang === "zh" ? nameZh(src) : nameEn(src);
}

function nameEn(src: SourceInput): string {
  const title = src.title ?? src.label_en ?? src.file;
  const who = [src.author, src.platform].filter((x) => x !== undefined);
  const tail = [...(src.title ? [] : [SOURCE_MSG.ourLabel.en]), ...who, src.date ?? SOURCE_MSG.undated.en];
  return `${title} (${tail.join(", ")})`;
}

function nameZh(src: SourceInput): string {
  const title = src.title ? `《${src.title}》` : (src.label_zh ?? src.file);
  const who = [src.author, src.platform].filter((x) => x !== undefined);
  const tail = [...(src.title ? [] : [SOURCE_MSG.ourLabel.zh]), ...who, src.date ?? SOURCE_MSG.undated.zh];
  return `${title}（${tail.join("，")}）`;
}

/** Where a statement is: `Title (date), line 21: "0.78"` / `《标题》（日期），第 21 行：“0.78”`. */
export function citation(ds: Sources, s: { figure: { file: string; line: number; printed: string } }, lang: Lang): string {
  const f = s.figure;
  return SOURCE_MSG.sourceLine({ en: sourceName(ds, f.file, "en"), zh: sourceName(ds, f.file, "zh") }, f.line, f.printed)[lang];
}

/** The record of an article, if the data has one. */
export function sourceRecord(ds: Sources, file: string): SourceInput | undefined {
  return ds.sourceByFile.get(file);
}
