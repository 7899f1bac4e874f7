/**
 * The outcome of the ribbon's "Refresh charts", shown at the top of the pane: the ribbon
 * command posts it (src/commands/ribbon-outcome.ts) and opens the pane, so a person sees what
 * happened, failures included, in the pane's language. Dismissing it clears it.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { RIBBON_TEXT, type RibbonOutcome as Outcome } from "../../excel/ribbon-outcome";
import { useI18n } from "../i18n";

export interface RibbonOutcomeViewProps {
  readonly outcome: Outcome;
  readonly onDismiss: () => void;
}

/** The message bar itself: a chunk of its own (MessageBar, Button), loaded when an outcome arrives. */
export function RibbonOutcomeView({ outcome, onDismiss }: RibbonOutcomeViewProps) {
  const { pick } = useI18n();
  return (
    <MessageBar intent={outcome.done ? "success" : "error"} layout="multiline" data-testid="ribbon-outcome">
      <MessageBarBody>
        <MessageBarTitle>{pick(RIBBON_TEXT.title)}</MessageBarTitle>
        {pick(outcome.message)}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" onClick={onDismiss}>
          {pick(RIBBON_TEXT.dismiss)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
