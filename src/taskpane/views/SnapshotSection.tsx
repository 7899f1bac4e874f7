/**
 * "Snapshot for sharing" (SPEC §4, issue 12.5): copies the active sheet with every CAPCYCLE
 * formula replaced by its value (src/excel/snapshot.ts), and says what it made or why not.
 * In the template view: it is what one does with a loaded template before sending it on.
 */
import { snapshotSheet } from "../../excel/index";
import { ActionButton } from "../components/ActionButton";
import { LiveRegion } from "../components/LiveRegion";
import { Outcome } from "../components/Outcome";
import { makeStyles, tokens } from "../components/styles";
import { blockedReason, useWorkbook } from "../host/workbook";
import { useI18n } from "../i18n";
import { runOperation } from "../state/operation";
import { usePaneState } from "../state/PaneState";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function SnapshotSection() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, lang, pick } = i18n;
  const workbook = useWorkbook();
  const { template, templateDispatch, guards } = usePaneState();
  const state = template.snapshot;
  const make = () => {
    void runOperation(
      guards.snapshot,
      () => snapshotSheet({ lang }),
      (action) => templateDispatch({ type: "snapshot", action }),
    );
  };
  return (
    <section className={styles.section} aria-labelledby="snapshot-h">
      <h2 id="snapshot-h" className={styles.heading}>
        {t.snapshot.heading}
      </h2>
      <p className={styles.intro}>{t.snapshot.intro}</p>
      <ActionButton
        appearance="secondary"
        label={t.snapshot.make}
        busyLabel={t.snapshot.making}
        running={state.status === "running"}
        blocked={blockedReason(workbook, i18n)}
        onClick={make}
      />
      <LiveRegion label={t.snapshot.heading}>
        {state.status === "done" ? (
          <Outcome intent="success" title={t.snapshot.doneTitle}>
            {t.snapshot.done(state.result.sheet, state.result.formulas)}
          </Outcome>
        ) : null}
        {state.status === "failed" ? (
          <Outcome intent="error" title={t.snapshot.failedTitle}>
            {pick(state.reason)}
          </Outcome>
        ) : null}
      </LiveRegion>
    </section>
  );
}
