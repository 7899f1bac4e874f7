/**
 * Shown outside Excel: what still works here (browsing) and how to open CapCycle in Excel.
 * In another Office application it says the add-in is for Excel only.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import type { HostInfo } from "../host/office-host";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  steps: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  summary: { cursor: "pointer", marginTop: tokens.spacingVerticalXS, color: tokens.colorBrandForegroundLink },
});

export function HostBanner({ host }: { readonly host: HostInfo }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (host.kind === "excel" || host.kind === "pending") return null;
  return (
    <MessageBar intent={host.kind === "office" ? "warning" : "info"} layout="multiline" data-testid="host-banner">
      <MessageBarBody>
        <MessageBarTitle>{t.host.bannerTitle}</MessageBarTitle>
        {host.kind === "office" ? (
          t.host.otherHost
        ) : (
          <>
            {t.host.bannerBody}
            <details>
              <summary className={styles.summary}>{t.host.sideloadHow}</summary>
              <ul className={styles.steps}>
                <li>{t.host.openSteps}</li>
                <li>{t.host.notListed}</li>
              </ul>
            </details>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
