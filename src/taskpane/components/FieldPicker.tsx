/**
 * A company's fields (and segments) to choose from: a search box that narrows the list as one
 * types (English or Chinese name, id or alias), and a native select whose options are grouped
 * by statement (income statement, cash flow statement, balance sheet, …) as optgroups. Native,
 * so keyboard, screen readers and touch pickers know it; the search box is the way through a
 * long list (Aier has about 170 series).
 */
import { useId, useState } from "react";
import { Label, SearchBox } from "@fluentui/react-components";
import { groupByField } from "../../core/field-groups";
import { filterSeries, type SeriesOption } from "../data/browse";
import { useI18n } from "../i18n";
import { FitSelect as Select } from "./FitSelect";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  search: { minWidth: 0, maxWidth: "100%" },
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FieldPickerProps {
  readonly options: readonly SeriesOption[];
  /** The chosen series key, or "" for none. */
  readonly value: string;
  readonly onChange: (key: string) => void;
  readonly label: string;
  readonly disabled?: boolean;
  /** Text of an empty first option ("Choose a field"); none when omitted. */
  readonly placeholder?: string;
}

export function FieldPicker({ options, value, onChange, label, disabled, placeholder }: FieldPickerProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const selectId = useId();
  const countId = useId();
  const matches = filterSeries(options, query);
  // The chosen option stays listed while a search hides it, so the select keeps showing it.
  const chosen = options.find((o) => o.key === value);
  const shown = chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches;
  const groups = groupByField(shown, (o) => o.group);
  return (
    <div className={styles.picker}>
      <Label htmlFor={selectId}>{label}</Label>
      <SearchBox
        className={styles.search}
        size="small"
        value={query}
        disabled={disabled}
        placeholder={t.fieldPicker.searchPlaceholder}
        aria-label={t.fieldPicker.searchLabel}
        aria-controls={selectId}
        aria-describedby={countId}
        onChange={(_, d) => setQuery(d.value)}
        autoComplete="off"
      />
      <Select id={selectId} value={value} disabled={disabled} onChange={(_, d) => onChange(d.value)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {groups.map(({ group, items }) => (
          <optgroup key={group} label={t.fieldGroups[group]}>
            {items.map((o) => (
              <option key={o.key} value={o.key}>
                {t.fieldPicker.option(o.label, o.periods.length)}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <span id={countId} className={styles.count} role="status" aria-live="polite">
        {query.trim() === "" ? t.fieldPicker.count(options.length) : matches.length === 0 ? t.fieldPicker.none(query.trim()) : t.fieldPicker.matching(matches.length, options.length)}
      </span>
    </div>
  );
}
