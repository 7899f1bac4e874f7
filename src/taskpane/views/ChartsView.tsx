/**
 * Charts: "Refresh charts" in two steps — preview (what happens to each chart, with the
 * series ranges before → after; rebuilds and roll-forwards need a tick) then apply (an
 * outcome per chart) — and "Chart from selection".
 */
import { Checkbox, Badge } from "@fluentui/react-components";
import { applyRefresh, chartFromSelection, previewRefresh, type RefreshItem } from "../../excel/index";
import { ActionButton } from "../components/ActionButton";
import { LiveRegion } from "../components/LiveRegion";
import { Outcome } from "../components/Outcome";
import { makeStyles, tokens } from "../components/styles";
import { shortRange } from "../data/ranges";
import { blockedReason, useWorkbook } from "../host/workbook";
import { useI18n } from "../i18n";
import { refreshBusy } from "../state/charts";
import { runOperation } from "../state/operation";
import { usePaneState } from "../state/PaneState";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, fontSize: tokens.fontSizeBase200 },
  itemHead: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { fontWeight: tokens.fontWeightSemibold },
  sheet: { color: tokens.colorNeutralForeground3 },
  changes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  reason: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  divider: { border: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, width: "100%", margin: 0 },
});

const STATUS_COLOR = { refreshed: "success", extended: "success", rebuilt: "informative", skipped: "warning" } as const;

export default function ChartsView() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, pick } = i18n;
  const workbook = useWorkbook();
  const { charts, chartsDispatch, guards } = usePaneState();
  const busy = refreshBusy(charts);
  const blockedRefresh = blockedReason(workbook, i18n, "charts");
  const blockedSelection = blockedReason(workbook, i18n, "chartFromSelection");
  const preview = charts.preview.status === "done" ? charts.preview.result.preview : undefined;

  const runPreview = () =>
    void runOperation(guards.refresh, () => previewRefresh(), (action) => chartsDispatch({ type: "preview", action }));
  const runApply = () => {
    if (!preview) return;
    const choices = { rebuild: charts.choices.rebuild, rollForward: charts.choices.rollForward };
    void runOperation(guards.refresh, () => applyRefresh(preview, choices), (action) => chartsDispatch({ type: "apply", action }));
  };
  const runSelection = () =>
    void runOperation(guards.chartFromSelection, () => chartFromSelection(), (action) => chartsDispatch({ type: "selection", action }));

  const consent = (item: RefreshItem) => {
    if (!item.needsConsent || (item.action !== "rebuild" && item.action !== "roll-forward")) return null;
    const kind = item.action === "rebuild" ? "rebuild" : "rollForward";
    return (
      <Checkbox
        checked={charts.choices[kind].includes(item.id)}
        disabled={busy || charts.apply.status === "done"}
        label={item.action === "rebuild" ? t.charts.consentRebuild : t.charts.consentRoll}
        onChange={(_, d) => chartsDispatch({ type: "choose", kind, id: item.id, chosen: d.checked === true })}
      />
    );
  };

  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="refresh-h">
        <h2 id="refresh-h" className={styles.heading}>
          {t.charts.heading}
        </h2>
        <p className={styles.intro}>{t.charts.intro}</p>
        <div className={styles.row}>
          <ActionButton
            appearance={preview ? "secondary" : "primary"}
            label={t.charts.preview}
            busyLabel={t.charts.previewing}
            running={charts.preview.status === "running"}
            blocked={blockedRefresh ?? (charts.apply.status === "running" ? t.workbook.busy : undefined)}
            onClick={runPreview}
          />
          {preview && preview.items.length > 0 && charts.apply.status !== "done" ? (
            <ActionButton
              label={t.charts.apply}
              busyLabel={t.charts.applying}
              running={charts.apply.status === "running"}
              blocked={blockedRefresh ?? (charts.preview.status === "running" ? t.workbook.busy : undefined)}
              onClick={runApply}
            />
          ) : null}
        </div>
        <LiveRegion label={t.charts.heading}>
          {charts.preview.status === "failed" ? (
            <Outcome intent="error" title={t.charts.failedTitle}>
              {pick(charts.preview.reason)}
            </Outcome>
          ) : null}
          {preview && preview.items.length === 0 ? <Outcome intent="info">{t.charts.nothing}</Outcome> : null}
          {preview && preview.unavailable.length > 0 ? (
            <Outcome intent="warning" title={t.charts.unavailable}>
              {preview.unavailable.map((u) => pick(u)).join(" ")}
            </Outcome>
          ) : null}
          {charts.apply.status === "done" ? (
            <Outcome intent="success" title={t.charts.resultTitle}>
              {pick(charts.apply.result.summary)}
            </Outcome>
          ) : null}
          {charts.apply.status === "failed" ? (
            <Outcome intent="error" title={t.charts.failedTitle}>
              {pick(charts.apply.reason)}
            </Outcome>
          ) : null}
        </LiveRegion>
        {charts.apply.status === "done" ? (
          <ul className={styles.list} aria-label={t.charts.resultTitle} data-testid="refresh-outcomes">
            {charts.apply.result.charts.map((c) => (
              <li key={c.id} className={styles.item}>
                <div className={styles.itemHead}>
                  <span className={styles.name}>{c.chart}</span>
                  <span className={styles.sheet}>{c.sheet}</span>
                  <Badge appearance="tint" color={STATUS_COLOR[c.status]}>
                    {t.charts.status[c.status] ?? c.status}
                  </Badge>
                </div>
                {c.reason ? <div className={styles.reason}>{pick(c.reason)}</div> : null}
              </li>
            ))}
          </ul>
        ) : preview && preview.items.length > 0 ? (
          <>
            <div>{t.charts.previewTitle(preview.items.length)}</div>
            <ul className={styles.list} aria-label={t.charts.listLabel} data-testid="refresh-preview">
              {preview.items.map((item) => (
                <li key={item.id} className={styles.item}>
                  <div className={styles.itemHead}>
                    <span className={styles.name}>{item.chart}</span>
                    <span className={styles.sheet}>{item.sheet}</span>
                    <Badge appearance="tint" color={item.action === "skip" ? "warning" : "brand"}>
                      {t.charts.action[item.action] ?? item.action}
                    </Badge>
                  </div>
                  {item.changes.length > 0 ? (
                    <ul className={styles.changes}>
                      {item.changes.map((ch) => (
                        <li key={`${ch.series}-${ch.dimension}`} title={`${ch.from} → ${ch.to}`}>
                          {t.charts.change(ch.series, t.charts.dimension[ch.dimension] ?? ch.dimension, shortRange(ch.from, item.sheet), shortRange(ch.to, item.sheet))}
                        </li>
                      ))}
                    </ul>
                  ) : item.action === "rebind" ? (
                    <div className={styles.reason}>{t.charts.upToDate}</div>
                  ) : null}
                  {item.reason ? <div className={styles.reason}>{pick(item.reason)}</div> : null}
                  {consent(item)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <hr className={styles.divider} />
      <section className={styles.section} aria-labelledby="selection-h">
        <h2 id="selection-h" className={styles.heading}>
          {t.charts.selectionHeading}
        </h2>
        <p className={styles.intro}>{t.charts.selectionIntro}</p>
        <ActionButton
          appearance="secondary"
          label={t.charts.fromSelection}
          busyLabel={t.charts.building}
          running={charts.selection.status === "running"}
          blocked={blockedSelection}
          onClick={runSelection}
        />
        <LiveRegion label={t.charts.selectionHeading}>
          {charts.selection.status === "done" ? (
            <Outcome intent="success">
              {t.charts.selectionDone(charts.selection.result.chart, charts.selection.result.sheet, charts.selection.result.periods)}
            </Outcome>
          ) : null}
          {charts.selection.status === "failed" ? (
            <Outcome intent="error" title={t.charts.selectionFailedTitle}>
              {pick(charts.selection.reason)}
            </Outcome>
          ) : null}
        </LiveRegion>
      </section>
    </div>
  );
}
