/**
 * A small label beside a name: a ticker, "3 conflicts", "derived". Looks like Fluent's tint
 * Badge (its tokens) but is a styled span: Badge's styles for every colour and appearance are
 * 13 KB of the pane's first chunk before gzip, for the three tints used here.
 */
import type { ReactNode } from "react";
import { makeStyles, mergeClasses, shorthands, tokens } from "./styles";

const useStyles = makeStyles({
  tag: {
    display: "inline-flex",
    alignItems: "center",
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  subtle: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  informative: { backgroundColor: "transparent", color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
});

export type TagTone = "brand" | "subtle" | "warning" | "informative";

export function Tag({ tone, children }: { readonly tone: TagTone; readonly children: ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.tag, styles[tone])}>{children}</span>;
}
