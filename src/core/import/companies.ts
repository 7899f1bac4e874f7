/**
 * The companies of an import: the person's choice of id and names or one derived from the file
 * (never a bundled id), a bundled company the file's code or name matches, an earlier import of
 * the same company (re-importing updates it), and the conflicts with bundled figures.
 */
import { seriesKey } from "../dataset/build";
import { SOURCE_MSG } from "../dataset/source-messages";
import { disagree } from "../dataset/statements";
import type { Dataset } from "../dataset/types";
import type { Localized } from "../errors";
import { compactKey } from "../text";
import { deriveEntityId, ENTITY_ID, tickerOf } from "./entity-ids";
import { baseStatement } from "./figures";
import { IMPORTED_GROUP } from "./group";
import { IMPORT_MSG } from "./messages";
import type { CompanyChoice, ImportConflict, ImportFigure, ImportMapping, PreviewCompany } from "./types";

export const isBundled = (ds: Dataset, id: string): boolean => {
  const e = ds.entityById.get(id);
  return e !== undefined && e.group !== IMPORTED_GROUP;
};

export function chooseCompanies(ds: Dataset, mapping: ImportMapping, found: ReadonlyMap<string, { code: string; name: string; figures: number }>, blocking: Localized[]): PreviewCompany[] {
  const used = new Set<string>();
  const out: PreviewCompany[] = [];
  for (const [key, c] of found) {
    const bundled = bundledMatch(ds, c.code, c.name);
    const given = mapping.companies[key];
    let choice: CompanyChoice;
    if (given) choice = given;
    else {
      const earlier = earlierImport(ds, c.code, c.name, bundled);
      const cjk = /[\u3400-\u9fff]/.test(c.name);
      const zh = bundled ? IMPORT_MSG.importedName(c.name).zh : c.name;
      const en = bundled ? IMPORT_MSG.importedName(ds.entityById.get(bundled)?.short_en ?? c.name).en : c.name;
      const nameForId = cjk ? (bundled ? `${bundled}` : "") : c.name;
      const id = earlier ?? deriveEntityId(nameForId, c.code, (id) => isBundled(ds, id) || used.has(id) || (ds.entityById.has(id) && id !== earlier));
      choice = { id, name_zh: zh, name_en: en };
    }
    if (!ENTITY_ID.test(choice.id)) blocking.push(IMPORT_MSG.idInvalid(choice.id));
    else if (isBundled(ds, choice.id)) blocking.push(IMPORT_MSG.idBundled(choice.id));
    else if (used.has(choice.id)) blocking.push(IMPORT_MSG.idTwice(choice.id));
    used.add(choice.id);
    out.push({
      key,
      ...(c.code ? { code: c.code } : {}),
      name: c.name,
      choice,
      ...(bundled ? { bundled } : {}),
      updates: ds.entityById.get(choice.id)?.group === IMPORTED_GROUP,
      figures: c.figures,
    });
  }
  return out;
}

/** The bundled entity a code or name names, if any. */
function bundledMatch(ds: Dataset, code: string, name: string): string | undefined {
  for (const text of [code, tickerOf(code) ?? "", name]) {
    if (text === "") continue;
    const ids = ds.entityKeys.get(compactKey(text));
    const hit = ids?.find((id) => isBundled(ds, id));
    if (hit) return hit;
  }
  return undefined;
}

/** An imported company of this workbook with the same ticker or name: re-importing updates it. */
function earlierImport(ds: Dataset, code: string, name: string, bundled: string | undefined): string | undefined {
  const ticker = tickerOf(code);
  const zh = bundled ? IMPORT_MSG.importedName(name).zh : name;
  return ds.entities.find((e) => e.group === IMPORTED_GROUP && ((ticker !== undefined && e.ticker === ticker) || e.name_zh === zh || e.name_en === name))?.id;
}

export function findConflicts(ds: Dataset, figures: readonly ImportFigure[], companies: readonly PreviewCompany[]): ImportConflict[] {
  const byKey = new Map(companies.map((c) => [c.key, c]));
  const out: ImportConflict[] = [];
  for (const f of figures) {
    const c = byKey.get(f.company);
    if (!c?.bundled) continue;
    const g = ds.series.get(seriesKey(c.bundled, f.field, f.segment))?.get(f.period);
    if (!g) continue;
    const mine = baseStatement(f.value, f.unit, f.printed);
    // The same number as the bundled one is no conflict even where the article hedged it ("超过20%" and 20%).
    if (!mine || mine.base === g.primary.base || !disagree(mine, g.primary)) continue;
    const p = g.primary.figure;
    out.push({
      company: f.company,
      bundledEntity: c.bundled,
      field: f.field,
      period: f.period,
      ...(f.segment ? { segment: f.segment } : {}),
      imported: { value: f.value, unit: f.unit, place: f.place.text, place_zh: f.place.text_zh },
      bundled: { value: p.value, unit: p.unit, cite: SOURCE_MSG.atLine(p.file, p.line).en, file: p.file, line: p.line },
    });
  }
  return out;
}
