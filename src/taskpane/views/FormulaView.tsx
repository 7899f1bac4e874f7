/**
 * Formula builder: company → field → period (→ unit for money), the =CAPCYCLE.DATA formula
 * it makes, the value that formula returns now (computed by the same code as the custom
 * function), and "Insert at active cell" / "Copy formula".
 */
import { useId } from "react";
import { Button, Field, Label } from "@fluentui/react-components";
import { isCellError } from "../../core/errors";
import { periodLabel } from "../../core/periods";
import { MONEY_UNITS } from "../../core/template/options";
import { insertFormulaAtActiveCell } from "../../excel/index";
import { ActionButton, useReasonStyles } from "../components/ActionButton";
import { FigurePicker } from "../components/FigurePicker";
import { FormulaText } from "../components/FormulaText";
import { FitSelect as Select } from "../components/FitSelect";
import { LiveRegion } from "../components/LiveRegion";
import { Outcome } from "../components/Outcome";
import { makeStyles, tokens } from "../components/styles";
import { dataPreview, pickedGroup } from "../data/browse";
import { useDataset } from "../data/dataset-context";
import { blockedReason, useWorkbook } from "../host/workbook";
import { useI18n } from "../i18n";
import { FORMULA_UNITS, type FormulaUnit } from "../state/formula";
import { runOperation } from "../state/operation";
import { usePaneState } from "../state/PaneState";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  formulaField: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  value: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

/** Writes text to the clipboard where the webview allows it; resolves false where it does not. */
async function copyText(text: string): Promise<boolean> {
  try {
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function FormulaView() {
  const styles = useStyles();
  const reasonStyles = useReasonStyles();
  const reasonId = useId();
  const i18n = useI18n();
  const { t, lang, pick } = i18n;
  const ds = useDataset();
  const workbook = useWorkbook();
  const { formula, formulaDispatch, guards } = usePaneState();
  const preview = dataPreview(ds, formula.pick, formula.unit, lang);
  const group = pickedGroup(ds, formula.pick);
  const isMoney = group?.primary.unit.kind === "money";
  const running = formula.insert.status === "running";
  const blocked = blockedReason(workbook, i18n);

  const insert = () => {
    if (!preview) return;
    void runOperation(
      guards.insertFormula,
      () => insertFormulaAtActiveCell(preview.formula),
      (action) => formulaDispatch({ type: "insert", action }),
    );
  };

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t.formula.heading}</h2>
      <p className={styles.intro}>{t.formula.intro}</p>
      <FigurePicker ds={ds} pick={formula.pick} onPick={(action) => formulaDispatch({ type: "pick", action })} />
      {isMoney ? (
        <Field label={t.formula.unit}>
          <Select value={formula.unit} onChange={(_, d) => formulaDispatch({ type: "unit", unit: d.value as FormulaUnit })}>
            {FORMULA_UNITS.map((u) => (
              <option key={u} value={u}>
                {u === "" ? t.formula.unitDefault : lang === "zh" ? MONEY_UNITS[u].zh : MONEY_UNITS[u].en}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {preview ? (
        <>
          {/* Not a Field: Field would name the <code> with aria-labelledby, which ARIA does not allow there. */}
          <div className={styles.formulaField}>
            <Label>{t.formula.formula}</Label>
            <FormulaText formula={preview.formula} />
          </div>
          <Field label={t.formula.preview}>
            <div aria-live="polite" data-testid="formula-value">
              {preview.shown ? (
                <span className={styles.value}>
                  {preview.shown.text}
                  {preview.shown.unit ? ` ${preview.shown.unit}` : ""}
                  {preview.period && !formula.pick.period ? ` · ${periodLabel(preview.period, lang)}` : ""}
                </span>
              ) : (
                <span className={styles.error}>{preview.error ? pick(preview.error) : isCellError(preview.value) ? preview.value.error : String(preview.value)}</span>
              )}
            </div>
          </Field>
          <div className={styles.actions}>
            <ActionButton
              label={t.formula.insert}
              busyLabel={t.formula.inserting}
              running={running}
              blocked={blocked}
              onClick={insert}
              reasonId={reasonId}
            />
            <Button
              onClick={() => {
                void copyText(preview.formula).then((ok) => formulaDispatch({ type: "copy", result: ok ? "copied" : "failed" }));
              }}
            >
              {t.formula.copy}
            </Button>
          </div>
          {blocked && !running ? (
            <span id={reasonId} className={reasonStyles.reason}>
              {blocked}
            </span>
          ) : null}
        </>
      ) : null}
      <LiveRegion label={t.formula.heading}>
        {formula.insert.status === "done" ? <Outcome intent="success">{t.formula.inserted(formula.insert.result.address)}</Outcome> : null}
        {formula.insert.status === "failed" ? (
          <Outcome intent="error" title={t.formula.insertFailedTitle}>
            {pick(formula.insert.reason)}
          </Outcome>
        ) : null}
        {formula.copy === "copied" ? <Outcome intent="success">{t.formula.copied}</Outcome> : null}
        {formula.copy === "failed" ? <Outcome intent="warning">{t.formula.copyFailed}</Outcome> : null}
      </LiveRegion>
    </div>
  );
}
