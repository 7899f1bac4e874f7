/**
 * The capital-cycle phase of one company under each reading (SPEC §3): one line per reading —
 * its phase, the two ratios it compares with their lines, the reading's label and sources —
 * marked "contested" when the readings disagree. One line when nothing is contested; nothing
 * when the data has no two comparable periods. Text from core's phaseReadingText.
 */
import { phaseByReading, phaseReadingText } from "../../core/dataset/readings";
import type { Dataset } from "../../core/dataset/types";
import { useI18n } from "../i18n";
import { Tag } from "./Tag";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  tag: { marginLeft: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The phase lines; `null` when the company has no phase. */
export function PhaseReadings({ ds, entityId }: { readonly ds: Dataset; readonly entityId: string }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const readings = phaseByReading(ds, entityId);
  if (readings.length === 0) return null;
  const contested = readings.some((r) => r.contested);
  return (
    <>
      <ul className={styles.list} data-testid="phase-readings">
        {readings.map((r, i) => (
          <li key={r.reading?.id ?? i} className={styles.item}>
            {phaseReadingText(ds, r, lang)}
            {r.contested ? (
              <span className={styles.tag}>
                <Tag tone="warning">{t.company.phaseContested}</Tag>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {contested ? <div className={styles.note}>{t.company.phaseContestedNote}</div> : null}
    </>
  );
}
