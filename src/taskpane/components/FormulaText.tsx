/**
 * A formula to read and copy: monospace, selectable, wrapped only between its arguments (after
 * "(" and ","), never inside a ticker, field id or name, so at 320 px `"revenue"` is never cut in
 * two. <wbr> marks the break points without adding characters: the copied text is the formula.
 * A single argument longer than the line (rare) may still break, rather than overflow the pane.
 */
import { Fragment } from "react";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  formula: {
    display: "block",
    boxSizing: "border-box",
    width: "100%",
    margin: 0,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: "normal",
    wordBreak: "normal",
    overflowWrap: "break-word",
    userSelect: "all",
  },
});

/** The formula cut after each "(" and "," (outside quotes), the break points. */
export function breakPoints(formula: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "(" || ch === ",")) {
      parts.push(formula.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < formula.length) parts.push(formula.slice(start));
  return parts;
}

export function FormulaText({ formula }: { readonly formula: string }) {
  const styles = useStyles();
  const parts = breakPoints(formula);
  return (
    <code className={styles.formula} data-testid="formula-text">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </code>
  );
}
