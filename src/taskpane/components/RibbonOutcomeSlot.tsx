/**
 * Where the ribbon's outcome appears (RibbonOutcome.tsx): subscribed from the start, so an
 * outcome posted before the pane opened is shown, but the message bar's code (Fluent's
 * MessageBar and Button) loads only when there is an outcome to show — most sessions have none,
 * and it would otherwise weigh on the pane's first view.
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { clearRibbonOutcome, subscribeRibbonOutcome, type RibbonOutcome } from "../../excel/ribbon-outcome";

const RibbonOutcomeView = lazy(() =>
  import(/* webpackChunkName: "ribbon-outcome" */ "./RibbonOutcome").then((m) => ({ default: m.RibbonOutcomeView })),
);

export function RibbonOutcomeSlot() {
  const [outcome, setOutcome] = useState<RibbonOutcome | null>(null);
  useEffect(() => subscribeRibbonOutcome(setOutcome), []);
  if (!outcome) return null;
  const dismiss = () => {
    clearRibbonOutcome();
    setOutcome(null);
  };
  return (
    <Suspense fallback={null}>
      <RibbonOutcomeView outcome={outcome} onDismiss={dismiss} />
    </Suspense>
  );
}
