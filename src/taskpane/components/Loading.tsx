/**
 * What a view shows while its chunk loads: a line of text in a polite live region. Plain text
 * rather than Fluent's Spinner, which would put the spinner's code in the pane's first chunk
 * for a wait that is usually shorter than its animation.
 */
import { useI18n } from "../i18n";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  loading: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, padding: `${tokens.spacingVerticalS} 0` },
});

export function Loading() {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div role="status" className={styles.loading}>
      {t.loadingView}
    </div>
  );
}
