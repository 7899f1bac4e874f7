/**
 * Where an action's outcome appears. The region is always in the page (a live region must
 * exist before its content changes for screen readers to announce the change) and polite, so
 * it speaks after the current announcement rather than cutting in.
 */
import type { ReactNode } from "react";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function LiveRegion({ label, children }: { readonly label: string; readonly children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-label={label} className={styles.region}>
      {children}
    </div>
  );
}
