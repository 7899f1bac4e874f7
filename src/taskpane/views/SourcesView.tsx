/**
 * Sources: in Excel, the statements behind the selected cell, following the selection
 * (=CAPCYCLE.DATA arguments, or a CapCycle template's record of which figure a cell shows);
 * anywhere, a figure picked by hand. Each figure shows its citations and any conflict.
 */
import { lookupFigure } from "../../core/dataset/lookup";
import { ActionButton } from "../components/ActionButton";
import { FigurePicker } from "../components/FigurePicker";
import { LiveRegion } from "../components/LiveRegion";
import { Outcome } from "../components/Outcome";
import { SourcePanel } from "../components/SourcePanel";
import { makeStyles, tokens } from "../components/styles";
import { pickedGroup } from "../data/browse";
import { useDataset } from "../data/dataset-context";
import { blockedReason, useWorkbook } from "../host/workbook";
import { useI18n } from "../i18n";
import { usePaneState } from "../state/PaneState";
import { useFollowSelection } from "./use-follow-selection";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  cell: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: "2px", margin: 0, fontSize: tokens.fontSizeBase200 },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace },
  card: { padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
});

export default function SourcesView() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, pick } = i18n;
  const ds = useDataset();
  const workbook = useWorkbook();
  const { sources, sourcesDispatch } = usePaneState();
  const inExcel = workbook.host.kind === "excel";
  const readNow = useFollowSelection(inExcel);
  const blocked = blockedReason(workbook, i18n);
  const cell = sources.cell.status === "done" ? sources.cell.result.cell : undefined;
  const picked = pickedGroup(ds, sources.pick);

  return (
    <div className={styles.view}>
      {inExcel ? (
        <section className={styles.view} aria-labelledby="sources-cell-h">
          <h2 id="sources-cell-h" className={styles.heading}>
            {t.sources.heading}
          </h2>
          <p className={styles.intro}>
            {sources.follow.status === "unavailable" ? t.sources.notFollowing(pick(sources.follow.reason)) : t.sources.following}
          </p>
          <ActionButton
            appearance="secondary"
            label={t.sources.refresh}
            busyLabel={t.sources.reading}
            running={sources.cell.status === "running"}
            blocked={blocked}
            onClick={readNow}
          />
          <LiveRegion label={t.sources.heading}>
            {sources.cell.status === "failed" ? <Outcome intent="error">{pick(sources.cell.reason)}</Outcome> : null}
            {cell ? (
              <dl className={styles.cell} data-testid="active-cell">
                <dt className={styles.term}>{t.sources.cell}</dt>
                <dd className={styles.def}>{cell.address}</dd>
                <dt className={styles.term}>{t.sources.cellValue}</dt>
                <dd className={styles.def}>{cell.value === null ? "" : String(cell.value)}</dd>
                {cell.formula ? (
                  <>
                    <dt className={styles.term}>{t.sources.cellFormula}</dt>
                    <dd className={styles.def}>
                      <code className={styles.code}>{cell.formula}</code>
                    </dd>
                  </>
                ) : null}
              </dl>
            ) : null}
            {cell && cell.figures.length === 0 ? <p className={styles.intro}>{t.sources.noFigure}</p> : null}
          </LiveRegion>
          {cell?.figures.map((ref, i) => {
            const hit = lookupFigure(ds, ref.company, ref.field, ref.period ?? null, ref.segment ?? null);
            const key = `${ref.company}|${ref.field}|${ref.period ?? ""}|${ref.segment ?? ""}|${i}`;
            return (
              <div key={key} className={styles.card}>
                {hit.ok ? (
                  <SourcePanel ds={ds} group={hit.value.group} headingId={`cell-fig-${i}`} />
                ) : (
                  <Outcome intent="warning">
                    {hit.error.message ? pick(hit.error.message) : t.sources.unresolved(`${ref.company} ${ref.field}`)}
                  </Outcome>
                )}
              </div>
            );
          })}
        </section>
      ) : null}
      <section className={styles.view} aria-labelledby="sources-pick-h">
        <h2 id="sources-pick-h" className={styles.heading}>
          {t.sources.browseHeading}
        </h2>
        {!inExcel ? <p className={styles.intro}>{t.sources.browseIntro}</p> : null}
        <FigurePicker ds={ds} pick={sources.pick} onPick={(action) => sourcesDispatch({ type: "pick", action })} />
        {picked ? (
          <div className={styles.card}>
            <SourcePanel ds={ds} group={picked} headingId="picked-fig" />
          </div>
        ) : null}
      </section>
    </div>
  );
}
