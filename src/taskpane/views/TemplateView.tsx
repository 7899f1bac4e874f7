/**
 * Load template: company, sheet language, money unit, formula style (and charts on/off);
 * progress while it loads; then a summary of what was written (sheet, tables, charts, the
 * cycle phase, what the data lacks) with "Go to sheet", or the plain reason it failed. Below,
 * "Snapshot for sharing" (SnapshotSection).
 */
import { useState } from "react";
import { Checkbox, Field, ProgressBar, Radio, RadioGroup, Button } from "@fluentui/react-components";
import { FitSelect as Select } from "../components/FitSelect";
import type { Lang } from "../../core/errors";
import { MONEY_UNITS, type FormulaStyle, type MoneyUnitId } from "../../core/template/options";
import { activateSheet, loadTemplate } from "../../excel/index";
import { ActionButton } from "../components/ActionButton";
import { LiveRegion } from "../components/LiveRegion";
import { Outcome } from "../components/Outcome";
import { makeStyles, tokens } from "../components/styles";
import { CompanySelect } from "../components/CompanySelect";
import { PhaseReadings } from "../components/PhaseReadings";
import { phaseByReading } from "../../core/dataset/readings";
import { fieldLabel } from "../data/browse";
import { useDataset } from "../data/dataset-context";
import { blockedReason, useWorkbook } from "../host/workbook";
import { useI18n } from "../i18n";
import { runOperation } from "../state/operation";
import { usePaneState } from "../state/PaneState";
import { SnapshotSection } from "./SnapshotSection";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const UNIT_IDS = Object.keys(MONEY_UNITS) as MoneyUnitId[];

export default function TemplateView() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, lang, pick } = i18n;
  const ds = useDataset();
  const workbook = useWorkbook();
  const { template, templateDispatch, nav, guards } = usePaneState();
  const options = template.options;
  const company = options.company ?? nav.company;
  const sheetLang: Lang = options.lang ?? lang;
  const running = template.load.status === "running";
  const blocked = blockedReason(workbook, i18n, "templates");

  // The company the shown result was loaded for (the choice may change after): its phase is
  // shown under each reading; when the view was reopened since, the sheet's phase text is.
  const [loadedCompany, setLoadedCompany] = useState<string>();

  const load = () => {
    if (!company) return;
    setLoadedCompany(company);
    void runOperation(
      guards.loadTemplate,
      (onProgress) =>
        loadTemplate({ company, lang: sheetLang, unit: options.unit, style: options.style, charts: options.charts }, (p) =>
          onProgress({ fraction: p.fraction, message: p.message }),
        ),
      (action) => templateDispatch({ type: "load", action }),
      { fraction: 0 },
    );
  };

  const goTo = (sheet: string) => {
    void runOperation(guards.gotoSheet, () => activateSheet(sheet), (action) => templateDispatch({ type: "goto", action }));
  };

  const result = template.load.status === "done" ? template.load.result : undefined;
  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t.template.heading}</h2>
      <p className={styles.intro}>{t.template.intro}</p>
      <CompanySelect
        ds={ds}
        label={t.template.company}
        required
        value={company ?? ""}
        disabled={running}
        onChange={(id) => templateDispatch({ type: "company", company: id })}
      />
      <Field label={t.template.language}>
        <RadioGroup
          layout="horizontal"
          value={sheetLang}
          disabled={running}
          onChange={(_, d) => templateDispatch({ type: "lang", lang: d.value as Lang })}
        >
          <Radio value="en" label={t.template.langEn} />
          <Radio value="zh" label={t.template.langZh} />
        </RadioGroup>
      </Field>
      <Field label={t.template.unit}>
        <Select
          value={options.unit}
          disabled={running}
          onChange={(_, d) => templateDispatch({ type: "unit", unit: d.value as MoneyUnitId })}
        >
          {UNIT_IDS.map((u) => (
            <option key={u} value={u}>
              {lang === "zh" ? MONEY_UNITS[u].zh : MONEY_UNITS[u].en}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.template.style}>
        <RadioGroup
          value={options.style}
          disabled={running}
          onChange={(_, d) => templateDispatch({ type: "style", style: d.value as FormulaStyle })}
        >
          <Radio value="live" label={`${t.template.styleLive} — ${t.template.styleLiveHint}`} />
          <Radio value="portable" label={`${t.template.stylePortable} — ${t.template.stylePortableHint}`} />
        </RadioGroup>
      </Field>
      <Checkbox
        checked={options.charts}
        disabled={running}
        label={t.template.charts}
        onChange={(_, d) => templateDispatch({ type: "charts", charts: d.checked === true })}
      />
      <ActionButton
        label={t.template.load}
        busyLabel={t.template.loading}
        running={running}
        blocked={blocked ?? (company ? undefined : t.template.chooseCompany)}
        onClick={load}
      />
      {template.load.status === "running" ? (
        <div className={styles.progress}>
          <ProgressBar
            value={template.load.progress.fraction}
            max={1}
            aria-label={t.template.progressLabel}
            thickness="large"
          />
          {template.load.progress.message ? <span>{pick(template.load.progress.message)}</span> : null}
        </div>
      ) : null}
      <LiveRegion label={t.template.heading}>
        {result ? (
          <Outcome
            intent={result.formulaErrors > 0 || result.chartsSkipped.length > 0 ? "warning" : "success"}
            title={t.template.doneTitle}
            actions={
              <Button size="small" disabled={template.goto.status === "running"} onClick={() => goTo(result.sheet)}>
                {t.template.goToSheet}
              </Button>
            }
          >
            {pick(result.summary)}
            <ul className={styles.details}>
              {phaseByReading(ds, loadedCompany ?? "").length > 0 ? (
                <li>
                  {t.template.cyclePhase}
                  {t.colon}
                  <PhaseReadings ds={ds} entityId={loadedCompany ?? ""} />
                </li>
              ) : result.cyclePhase ? (
                <li>
                  {t.template.cyclePhase}
                  {t.colon}
                  {result.cyclePhase}
                </li>
              ) : null}
              {result.chartsSkipped.map((c) => (
                <li key={c.title}>{t.template.chartSkipped(c.title, pick(c.reason))}</li>
              ))}
              {result.notes.map((n) => (
                <li key={n.en}>{pick(n)}</li>
              ))}
              {result.missing.length > 0 ? (
                <li>
                  {t.template.missing}
                  {t.colon}
                  {result.missing
                    .map((id) => {
                      const f = ds.fieldById.get(id);
                      return f ? fieldLabel(f, undefined, lang) : id;
                    })
                    .join(t.listSep)}
                </li>
              ) : null}
              {result.formulaErrors > 0 ? <li>{t.template.formulaErrors(result.formulaErrors)}</li> : null}
            </ul>
          </Outcome>
        ) : null}
        {template.load.status === "failed" ? (
          <Outcome intent="error" title={t.template.failedTitle}>
            {pick(template.load.reason)}
          </Outcome>
        ) : null}
        {template.goto.status === "done" && result ? <Outcome intent="info">{t.template.wentToSheet(result.sheet)}</Outcome> : null}
        {template.goto.status === "failed" ? <Outcome intent="error">{pick(template.goto.reason)}</Outcome> : null}
      </LiveRegion>
      <SnapshotSection />
    </div>
  );
}
