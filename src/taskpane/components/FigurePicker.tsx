/**
 * Company → field (and segment) → period, as native selects (keyboard and screen readers know
 * them; on touch they open the system picker), the field one searchable and grouped by
 * statement (FieldPicker). Each list holds only what the data has for the choices before it, so
 * every complete pick names a stored figure.
 */
import { Field } from "@fluentui/react-components";
import { CompanySelect } from "./CompanySelect";
import { FieldPicker } from "./FieldPicker";
import { FitSelect as Select } from "./FitSelect";
import { defaultPeriod } from "../../core/dataset/query";
import { periodLabel } from "../../core/periods";
import type { Dataset } from "../../core/dataset/types";
import { seriesOptions } from "../data/browse";
import { useI18n } from "../i18n";
import type { FigurePick, PickAction } from "../state/figure-pick";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface FigurePickerProps {
  readonly ds: Dataset;
  readonly pick: FigurePick;
  readonly onPick: (action: PickAction) => void;
}

export function FigurePicker({ ds, pick, onPick }: FigurePickerProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const series = pick.company ? seriesOptions(ds, pick.company, lang) : [];
  const chosen = series.find((s) => s.key === pick.series);
  const latest = chosen ? defaultPeriod(ds.series.get(`${pick.company}|${chosen.key}`)?.values() ?? []) : undefined;
  return (
    <div className={styles.grid}>
      <CompanySelect ds={ds} label={t.formula.company} value={pick.company ?? ""} onChange={(company) => onPick({ type: "company", company })} />
      <FieldPicker
        options={series}
        label={t.formula.field}
        placeholder={t.formula.chooseField}
        value={chosen?.key ?? ""}
        disabled={!pick.company}
        onChange={(key) => onPick({ type: "series", series: key || undefined })}
      />
      <Field label={t.formula.period}>
        <Select
          value={pick.period ?? ""}
          disabled={!chosen}
          onChange={(_, d) => onPick({ type: "period", period: d.value || undefined })}
        >
          <option value="">
            {latest ? t.formula.latestIs(periodLabel(latest, lang)) : t.formula.latest}
          </option>
          {(chosen?.periods ?? []).map((p) => (
            <option key={p} value={p}>
              {periodLabel(p, lang)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
