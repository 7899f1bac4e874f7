/**
 * Import view (issue 13): pick a file or the selected range → preview (the mapping, editable;
 * what will and will not be imported, and why; conflicts with bundled figures) → Import (all
 * or nothing) → the result. Outside Excel a file can still be previewed and imported for the
 * session (the functions and templates then see it), but nothing is stored.
 */
import { useMemo, useRef } from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { buildPreview, IMPORTED_GROUP } from "../../core/import/preview";
import { DA_PART } from "../../core/import/headers";
import type { ColumnRole, CompanyChoice, ImportMapping, ImportPreview } from "../../core/import/types";
import { columnLetters } from "../../core/import/place";
import { readPeriod } from "../../core/import/spellings";
import { ActionButton } from "../components/ActionButton";
import { FitSelect as Select } from "../components/FitSelect";
import { LiveRegion } from "../components/LiveRegion";
import { Outcome } from "../components/Outcome";
import { makeStyles, tokens } from "../components/styles";
import { useDataset } from "../data/dataset-context";
import { blockedReason, useWorkbook } from "../host/workbook";
import { useI18n } from "../i18n";
import { applyPreview, importFile, importSelection, importStore, removeCompany, useImportState } from "../state/import";
import { usePaneState } from "../state/PaneState";
import { importText } from "./import-text";

const DEFAULT_UNITS = ["元", "千元", "万元", "百万元", "亿元", "十亿元"] as const;
const ROLES: readonly ColumnRole["role"][] = ["ignore", "period", "field", "code", "name", "unit", "segment", "value", "basis"];

/** A column read as a period: its spelling through the one parser; unreadable → named in the preview. */
function periodRole(text: string): ColumnRole {
  const p = readPeriod(text);
  return p ? { role: "period", period: p.id, ...(p.basis ? { basis: p.basis } : {}) } : { role: "period" };
}
const LIST_LIMIT = 100;

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  hidden: { display: "none" },
  company: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  label: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  labelText: { overflowWrap: "anywhere" },
  columnEdit: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export default function ImportView() {
  const styles = useStyles();
  const i18n = useI18n();
  const { lang, pick } = i18n;
  const tx = importText(lang);
  const ds = useDataset();
  const workbook = useWorkbook();
  const state = useImportState();
  const { navDispatch } = usePaneState();
  const fileInput = useRef<HTMLInputElement>(null);
  const inExcel = workbook.host.kind === "excel";
  const selectionBlocked = blockedReason(workbook, i18n, "bindings");

  const preview = useMemo<ImportPreview | null>(() => (state.source ? buildPreview(state.source, ds, state.mapping) : null), [state.source, state.mapping, ds]);
  const fieldOptions = useMemo(() => ds.fields.filter((f) => !f.yoyOf && f.definedIn !== "*"), [ds]);

  const edit = (change: (m: ImportMapping) => ImportMapping): void => {
    if (preview) importStore.setMapping(change(preview.mapping));
  };
  const setColumn = (i: number, role: ColumnRole): void =>
    edit((m) => ({ ...m, columns: m.columns.map((c, j) => (j === i ? role : c)) }));
  const editCompany = (key: string, patch: Partial<CompanyChoice>): void =>
    edit((m) => ({ ...m, companies: { ...m.companies, [key]: { ...m.companies[key]!, ...patch } } }));

  const applyBlocked = preview && preview.blocking.length > 0 ? tx.blockedByPreview : preview && preview.figures.length === 0 ? tx.nothingToImport : undefined;
  const storedCompanies = ds.entities.filter((e) => e.group === IMPORTED_GROUP);

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{tx.heading}</h2>
      <p className={styles.intro}>{tx.intro}</p>
      {storedCompanies.length > 0 ? (
        <section aria-label={tx.importedCompanies}>
          <p className={styles.note}>{tx.inWorkbook(storedCompanies.length, storedCompanies.map((e) => e.name_zh).join(lang === "zh" ? "、" : ", "))}</p>
          <ul className={styles.list}>
            {storedCompanies.map((e) => (
              <li key={e.id}>
                {e.name_zh} ({e.id}){" "}
                <Button size="small" appearance="subtle" disabled={state.busy !== null} onClick={() => void removeCompany(e.id, inExcel)}>
                  {tx.remove(e.name_zh)}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className={styles.actions}>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,.xlsm"
          data-testid="import-file"
          aria-label={tx.chooseFile}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void importFile(file);
          }}
        />
        <Button appearance="primary" disabled={state.busy !== null} onClick={() => fileInput.current?.click()}>
          {state.busy === "reading" ? tx.reading : tx.chooseFile}
        </Button>
        <ActionButton appearance="secondary" label={tx.useSelection} busyLabel={tx.reading} running={false} blocked={selectionBlocked} onClick={() => void importSelection()} />
      </div>

      {state.source?.failure ? <Outcome intent="error" title={tx.failed}>{pick(state.source.failure)}</Outcome> : null}

      {preview && !state.source?.failure ? (
        <section aria-label={tx.heading} data-testid="import-preview">
          <p className={styles.note}>{tx.source(preview.source.file, preview.source.encoding, preview.mapping.layout)}</p>
          {preview.blocking.map((b, i) => (
            <Outcome key={i} intent="error">
              {pick(b)}
            </Outcome>
          ))}
          <p data-testid="import-summary">{tx.summary(preview.figures.length, preview.companies.filter((c) => c.figures > 0).length, preview.skipped.length, preview.conflicts.length)}</p>

          <h3 className={styles.subheading}>{tx.companies}</h3>
          {preview.companies.map((c) => (
            <div key={c.key} className={styles.company}>
              <strong>
                {c.name}
                {c.code && c.code !== c.name ? ` · ${c.code}` : ""} · {tx.figuresCount(c.figures)}
              </strong>
              <Field label={tx.companyId}>
                <Input value={c.choice.id} onChange={(_, d) => editCompany(c.key, { id: d.value })} />
              </Field>
              <Field label={tx.nameZh}>
                <Input value={c.choice.name_zh} onChange={(_, d) => editCompany(c.key, { name_zh: d.value })} />
              </Field>
              <Field label={tx.nameEn}>
                <Input value={c.choice.name_en} onChange={(_, d) => editCompany(c.key, { name_en: d.value })} />
              </Field>
              {c.bundled ? <p className={styles.note}>{tx.matchesBundled(c.bundled)}</p> : null}
              {c.updates ? <p className={styles.note}>{tx.updates}</p> : null}
            </div>
          ))}

          <h3 className={styles.subheading}>{tx.columns}</h3>
          {preview.mapping.columns.map((col, i) =>
            preview.headers[i] === "" && col.role === "ignore" ? null : (
              <div key={i} className={styles.label}>
                <span className={styles.labelText}>{tx.column(columnLetters(i), preview.headers[i] ?? "")}</span>
                <div className={styles.columnEdit}>
                  <Select
                    aria-label={tx.column(columnLetters(i), preview.headers[i] ?? "")}
                    value={col.role}
                    onChange={(_, d) => setColumn(i, d.value === "period" ? periodRole(preview.headers[i] ?? "") : ({ role: d.value } as ColumnRole))}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tx.roles[r]}
                      </option>
                    ))}
                  </Select>
                  {col.role === "period" ? (
                    <Input
                      aria-label={tx.periodOf(columnLetters(i))}
                      defaultValue={col.period ?? ""}
                      placeholder="2024, 2025H1"
                      onBlur={(e) => setColumn(i, periodRole(e.currentTarget.value))}
                    />
                  ) : null}
                </div>
              </div>
            ),
          )}

          <h3 className={styles.subheading}>{tx.fields}</h3>
          {preview.labels.map((l) => (
            <div key={l.key} className={styles.label}>
              <span className={styles.labelText}>
                {l.label} ({tx.rows(l.rows)})
              </span>
              <Select
                aria-label={l.label}
                value={l.field ?? ""}
                onChange={(_, d) => edit((m) => ({ ...m, fields: { ...m.fields, [l.key]: d.value === "" ? null : d.value } }))}
              >
                <option value="">{tx.doNotImport}</option>
                <option value={DA_PART}>{tx.daPart}</option>
                {fieldOptions.map((f) => (
                  <option key={f.id} value={f.id}>
                    {lang === "zh" ? `${f.name_zh}（${f.id}）` : `${f.name_en} (${f.id})`}
                  </option>
                ))}
              </Select>
            </div>
          ))}

          {preview.skipped.some((s) => s.code === "unit_missing") || preview.mapping.defaultUnit ? (
            <Field label={tx.defaultUnit}>
              <Select value={preview.mapping.defaultUnit ?? ""} onChange={(_, d) => edit((m) => (d.value === "" ? (({ defaultUnit: _u, ...rest }) => rest)(m) : { ...m, defaultUnit: d.value }))}>
                <option value="">{tx.noDefaultUnit}</option>
                {DEFAULT_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}

          {preview.skipped.length > 0 ? (
            <>
              <h3 className={styles.subheading}>{tx.notImported}</h3>
              <ul className={styles.list} data-testid="import-skipped">
                {preview.skipped.slice(0, LIST_LIMIT).map((s, i) => (
                  <li key={i}>{pick(s.message)}</li>
                ))}
              </ul>
              {preview.skipped.length > LIST_LIMIT ? <p className={styles.note}>{tx.more(preview.skipped.length - LIST_LIMIT)}</p> : null}
            </>
          ) : null}

          {preview.conflicts.length > 0 ? (
            <>
              <h3 className={styles.subheading}>{tx.conflicts}</h3>
              <ul className={styles.list} data-testid="import-conflicts">
                {preview.conflicts.slice(0, LIST_LIMIT).map((c, i) => (
                  <li key={i}>{tx.conflictLine(c)}</li>
                ))}
              </ul>
            </>
          ) : null}

          <div className={styles.actions}>
            <ActionButton label={tx.apply} busyLabel={tx.applying} running={state.busy === "applying"} blocked={applyBlocked} onClick={() => void applyPreview(preview, inExcel)} />
            <Button appearance="subtle" disabled={state.busy !== null} onClick={() => importStore.clear()}>
              {tx.cancel}
            </Button>
          </div>
        </section>
      ) : null}

      <LiveRegion label={tx.heading}>
        {state.outcome ? (
          state.outcome.ok ? (
            <Outcome
              intent="success"
              actions={
                state.outcome.result.replaced > 0 ? (
                  <Button size="small" onClick={() => navDispatch({ type: "tab", tab: "charts" })}>
                    {tx.reviewCharts}
                  </Button>
                ) : undefined
              }
            >
              {tx.done(state.outcome.result.figures, state.outcome.result.companies.map((c) => c.name).join(lang === "zh" ? "、" : ", "))}
              {state.outcome.result.replaced > 0 ? tx.replaced(state.outcome.result.replaced) : ""} {state.outcome.result.stored ? tx.storedIn : tx.sessionOnly}
              {state.outcome.result.recalculated ? "" : ` ${tx.recalculate}`}
            </Outcome>
          ) : (
            <Outcome intent="error" title={tx.failed}>
              {pick(state.outcome.reason)}
            </Outcome>
          )
        ) : null}
      </LiveRegion>
    </div>
  );
}
