/**
 * A button for a workbook action. While the action runs it shows a spinner and the busy
 * label and ignores clicks; when the action cannot run it stays focusable (so keyboard and
 * screen-reader users reach it) but disabled, with the reason written under it and linked by
 * aria-describedby.
 */
import { useId } from "react";
import { Button, type ButtonProps, Spinner } from "@fluentui/react-components";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
});

/** The look of the reason under a disabled action (also for reasons a caller writes, see `reasonId`). */
export const useReasonStyles = makeStyles({
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface ActionButtonProps {
  readonly label: string;
  readonly busyLabel: string;
  readonly running: boolean;
  /** Why the action cannot run now; undefined when it can. */
  readonly blocked?: string | undefined;
  readonly onClick: () => void;
  readonly appearance?: ButtonProps["appearance"];
  /**
   * Where the reason is written when the caller lays it out itself (e.g. under a row of
   * buttons): the id of that element. The button is then described by it and writes no reason.
   */
  readonly reasonId?: string;
}

export function ActionButton({ label, busyLabel, running, blocked, onClick, appearance = "primary", reasonId: externalReason }: ActionButtonProps) {
  const styles = useStyles();
  const reasonStyles = useReasonStyles();
  const ownReason = useId();
  const reasonId = externalReason ?? ownReason;
  const unavailable = running || blocked !== undefined;
  return (
    <div className={styles.wrap}>
      <Button
        appearance={appearance}
        disabledFocusable={unavailable}
        aria-describedby={blocked ? reasonId : undefined}
        aria-busy={running || undefined}
        icon={running ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
        onClick={unavailable ? undefined : onClick}
      >
        {running ? busyLabel : label}
      </Button>
      {blocked && !running && !externalReason ? (
        <span id={reasonId} className={reasonStyles.reason}>
          {blocked}
        </span>
      ) : null}
    </div>
  );
}
