/**
 * The outcome of the ribbon's "Refresh charts", shown at the top of the pane: the ribbon
 * command posts it (src/commands/ribbon-outcome.ts) and opens the pane, so a person sees what
 * happened, failures included, in the pane's language. Dismissing it clears it.
 */
import { useEffect, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { RIBBON_TEXT, clearRibbonOutcome, subscribeRibbonOutcome, type RibbonOutcome as Outcome } from "../../excel/ribbon-outcome";
import { useI18n } from "../i18n";

export function RibbonOutcome() {
  const { pick } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => subscribeRibbonOutcome(setOutcome), []);
  if (!outcome) return null;
  const dismiss = () => {
    clearRibbonOutcome();
    setOutcome(null);
  };
  return (
    <MessageBar intent={outcome.done ? "success" : "error"} layout="multiline" data-testid="ribbon-outcome">
      <MessageBarBody>
        <MessageBarTitle>{pick(RIBBON_TEXT.title)}</MessageBarTitle>
        {pick(outcome.message)}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" onClick={dismiss}>
          {pick(RIBBON_TEXT.dismiss)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
