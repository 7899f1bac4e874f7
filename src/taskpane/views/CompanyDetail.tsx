/**
 * One company: its names and how much data it has, a field picker, the figures of that field
 * per period, and for any figure the statements behind it (inline, toggled per row). From
 * here "Load template…" and "Build a formula…" open those views with the company chosen.
 */
import { Fragment, useEffect, useId, useRef, useState } from "react";
import { Button } from "@fluentui/react-components";
import { Tag } from "../components/Tag";
import { FieldPicker } from "../components/FieldPicker";
import { PhaseReadings } from "../components/PhaseReadings";
import { SourcePanel } from "../components/SourcePanel";
import { makeStyles, mergeClasses, tokens } from "../components/styles";
import { entityNames, figureRows, seriesOptions, summaryOf } from "../data/browse";
import { useDataset } from "../data/dataset-context";
import { phaseByReading } from "../../core/dataset/readings";
import { useI18n } from "../i18n";
import { usePaneState } from "../state/PaneState";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  back: { alignSelf: "flex-start" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, ":focus": { outline: "none" } },
  other: { color: tokens.colorNeutralForeground3 },
  stats: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "center", fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  sub: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXS },
  th: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}` },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top" },
  rowHead: { fontWeight: tokens.fontWeightRegular, textAlign: "start", whiteSpace: "nowrap" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  flags: { display: "inline-flex", flexWrap: "wrap", columnGap: "2px", rowGap: "2px", verticalAlign: "middle" },
  toggle: { minWidth: "auto" },
  sourcesCell: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  details: { padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2 },
  empty: { color: tokens.colorNeutralForeground2 },
});

export function CompanyDetail({ entityId }: { readonly entityId: string }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const ds = useDataset();
  const { navDispatch, templateDispatch, formulaDispatch } = usePaneState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const idBase = useId();
  const entity = ds.entityById.get(entityId)!;
  const summary = summaryOf(ds, entityId);
  const options = seriesOptions(ds, entityId, lang);
  const [series, setSeries] = useState<string | undefined>(() => options.find((o) => o.key === "revenue|")?.key ?? options[0]?.key);
  const [open, setOpen] = useState<string>();
  const chosen = options.find((o) => o.key === series);
  const rows = chosen ? figureRows(ds, entityId, chosen.key, lang) : [];
  const names = entityNames(entity, lang);
  // One unit for the whole column when every row has it (the usual case): shown in the header.
  const units = new Set(rows.map((r) => r.shown.unit));
  const sharedUnit = units.size === 1 ? [...units][0]! : undefined;

  // Opening a company moves focus to its name, so a screen reader starts reading there.
  useEffect(() => headingRef.current?.focus(), [entityId]);

  return (
    <div className={styles.view}>
      <Button className={styles.back} appearance="subtle" onClick={() => navDispatch({ type: "closeCompany" })}>
        ← {t.company.back}
      </Button>
      <div>
        <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
          {names.main}
        </h2>
        <div className={styles.other}>{names.other}</div>
      </div>
      <div className={styles.stats}>
        <Tag tone={entity.ticker ? "brand" : "subtle"}>
          {entity.ticker ?? t.companies.noTicker}
        </Tag>
        <span>{t.companies.kind[entity.kind] ?? entity.kind}</span>
        {summary ? (
          <>
            <span aria-hidden>·</span>
            <span>{t.companies.figures(summary.figures)}</span>
            <span aria-hidden>·</span>
            <span>{t.companies.periods(summary.periods.length)}</span>
            {summary.conflicts > 0 ? (
              <Tag tone="warning">
                {t.companies.conflicts(summary.conflicts)}
              </Tag>
            ) : null}
          </>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button
          onClick={() => {
            templateDispatch({ type: "company", company: entityId });
            navDispatch({ type: "tab", tab: "template" });
          }}
        >
          {t.company.loadTemplate}
        </Button>
        <Button
          onClick={() => {
            formulaDispatch({ type: "pick", action: { type: "company", company: entityId } });
            if (chosen) formulaDispatch({ type: "pick", action: { type: "series", series: chosen.key } });
            navDispatch({ type: "tab", tab: "formula" });
          }}
        >
          {t.company.buildFormula}
        </Button>
      </div>
      {phaseByReading(ds, entityId).length > 0 ? (
        <section aria-labelledby={`${idBase}-phase`}>
          <h3 id={`${idBase}-phase`} className={styles.sub}>
            {t.company.phaseHeading}
          </h3>
          <PhaseReadings ds={ds} entityId={entityId} />
        </section>
      ) : null}
      <h3 className={styles.sub}>{t.company.figuresHeading}</h3>
      {options.length === 0 ? (
        <p className={styles.empty}>{t.company.noFigures}</p>
      ) : (
        <>
          <FieldPicker
            options={options}
            label={t.company.seriesLabel}
            value={chosen?.key ?? ""}
            onChange={(key) => {
              setSeries(key);
              setOpen(undefined);
            }}
          />
          {chosen ? (
            <table className={styles.table}>
              <caption className={styles.caption}>{t.company.tableCaption(chosen.label)}</caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.th}>
                    {t.company.period}
                  </th>
                  <th scope="col" className={mergeClasses(styles.th, styles.num)}>
                    {sharedUnit ? t.company.valueIn(sharedUnit) : t.company.value}
                  </th>
                  <th scope="col" className={styles.th}>
                    {t.company.sources}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const expanded = open === r.period;
                  const detailsId = `${idBase}-${r.period}`;
                  return (
                    <Fragment key={r.period}>
                      <tr>
                        <th scope="row" className={mergeClasses(styles.td, styles.rowHead)}>
                          {r.periodLabel}
                        </th>
                        <td className={mergeClasses(styles.td, styles.num)}>
                          {r.shown.text}
                          {r.shown.unit && !sharedUnit ? ` ${r.shown.unit}` : ""}
                        </td>
                        <td className={styles.td}>
                          <div className={styles.sourcesCell}>
                          <Button
                            size="small"
                            appearance="transparent"
                            className={styles.toggle}
                            aria-expanded={expanded}
                            aria-controls={expanded ? detailsId : undefined}
                            aria-label={t.company.showSources(r.group.statements.length, chosen.label, r.periodLabel)}
                            onClick={() => setOpen(expanded ? undefined : r.period)}
                          >
                            <span aria-hidden>{expanded ? "▾" : "▸"}</span> {r.group.statements.length}
                          </Button>
                          <span className={styles.flags}>
                            {r.conflict ? (
                              <Tag tone="warning">
                                {t.company.conflictBadge}
                              </Tag>
                            ) : null}
                            {r.derived ? (
                              <Tag tone="informative">
                                {t.company.derivedBadge}
                              </Tag>
                            ) : null}
                          </span>
                          </div>
                        </td>
                      </tr>
                      {expanded ? (
                        <tr id={detailsId}>
                          <td colSpan={3} className={styles.details}>
                            <SourcePanel ds={ds} group={r.group} headingId={`${detailsId}-h`} />
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </div>
  );
}
