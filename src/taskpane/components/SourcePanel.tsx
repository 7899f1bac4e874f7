/**
 * The statements behind one figure: every citation (the article by its source record — title,
 * date — else the file name; line; the figure as printed, any
 * hedge, basis or derivation), the primary marked, and — where statements disagree — which
 * one DATA returns and by which rule. The same facts as CAPCYCLE.SOURCE, laid out to read.
 */
import { sourceName } from "../../core/dataset/citation";
import { RULE_LABELS, QUALIFIER_LABELS } from "../../core/dataset/source-messages";
import type { Dataset, StatementGroup } from "../../core/dataset/types";
import { periodLabel } from "../../core/periods";
import { entityNames, fieldLabel } from "../data/browse";
import { useI18n } from "../i18n";
import { Outcome } from "./Outcome";
import { Tag } from "./Tag";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  printed: { fontWeight: tokens.fontWeightSemibold },
  // Long file names wrap where they must; words and numbers are not cut when they fit a line.
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  tags: { display: "inline-flex", columnGap: tokens.spacingHorizontalXS, marginLeft: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

/** True when the printed text already reads as the stored value and unit ("115.07 亿元"). */
function sameAsPrinted(printed: string, value: number, unit: string): boolean {
  const squash = (t: string) => t.normalize("NFKC").replace(/[\s,，]/g, "");
  return squash(printed) === squash(`${value}${unit}`);
}

export interface SourcePanelProps {
  readonly ds: Dataset;
  readonly group: StatementGroup;
  /** Heading level id prefix: several panels may be on one page. */
  readonly headingId?: string;
}

export function SourcePanel({ ds, group, headingId }: SourcePanelProps) {
  const styles = useStyles();
  const { t, lang, pick } = useI18n();
  const entity = ds.entityById.get(group.entity);
  const field = ds.fieldById.get(group.field);
  const segment = group.segment ? ds.segmentById.get(group.segment) : undefined;
  const fieldText = field ? fieldLabel(field, segment, lang) : group.field;
  const conflict = group.conflict !== undefined || group.disagrees;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t.figure.heading(fieldText, periodLabel(group.period, lang))}
      </h3>
      <span className={styles.sub}>
        {entity ? entityNames(entity, lang).main : group.entity} · {t.figure.statements(group.statements.length)}
      </span>
      {conflict ? (
        <Outcome intent="warning" title={t.figure.conflictTitle}>
          {group.conflict
            ? t.figure.conflictBody(pick(RULE_LABELS[group.conflict.rule]), lang === "zh" ? (group.conflict.reason_zh ?? group.conflict.reason) : group.conflict.reason)
            : t.figure.conflictNoRule}
        </Outcome>
      ) : group.statements.length > 1 ? (
        <span className={styles.sub}>{t.figure.agreeBody}</span>
      ) : null}
      <ol className={styles.list}>
        {group.statements.map((s) => {
          const f = s.figure;
          const tags: string[] = [];
          if (f.qualifier) tags.push(pick(QUALIFIER_LABELS[f.qualifier]));
          if (f.basis && f.basis !== "actual") tags.push(t.figure.basis[f.basis] ?? f.basis);
          if (s.unit.currency && s.unit.currency !== "CNY") tags.push(t.figure.currency(s.unit.currency));
          return (
            <li key={s.id} className={styles.item}>
              {f.derived ? (
                // A derived figure is not printed: its citation quotes the figure it was computed from.
                <>
                  <span className={styles.printed}>
                    {f.value} {f.unit}
                  </span>{" "}
                  {t.figure.basedOn(f.printed)}
                </>
              ) : (
                <>
                  <span className={styles.printed}>“{f.printed}”</span>
                  {sameAsPrinted(f.printed, f.value, f.unit) ? null : ` = ${f.value} ${f.unit}`}
                </>
              )}
              <span className={styles.tags}>
                {s.primary ? (
                  <Tag tone="brand">
                    {t.figure.primary}
                  </Tag>
                ) : null}
                {f.derived ? (
                  <Tag tone="informative">
                    {t.company.derivedBadge}
                  </Tag>
                ) : null}
                {tags.map((tag) => (
                  <Tag key={tag} tone="subtle">
                    {tag}
                  </Tag>
                ))}
              </span>
              <div className={styles.meta}>
                {t.figure.citation(sourceName(ds, f.file, lang), f.line)}
              </div>
              {f.derived ? <div className={styles.meta}>{t.figure.derived(lang === "zh" ? (f.derived.method_zh ?? f.derived.method) : f.derived.method)}</div> : null}
              {f.note ? (
                <div className={styles.meta}>
                  {t.figure.note}
                  {t.colon}
                  {lang === "zh" ? (f.note_zh ?? f.note) : f.note}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
