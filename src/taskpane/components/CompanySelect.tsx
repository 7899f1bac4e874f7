/**
 * The company of a picker (template, formula, sources): every entity in the company list's
 * order (most analysable first), each with its ticker; one with no figures says so and is last.
 */
import { Field } from "@fluentui/react-components";
import type { Dataset } from "../../core/dataset/types";
import { companyChoices, entityShortName } from "../data/browse";
import { useI18n } from "../i18n";
import { FitSelect as Select } from "./FitSelect";

export interface CompanySelectProps {
  readonly ds: Dataset;
  readonly value: string;
  readonly onChange: (entityId: string | undefined) => void;
  readonly label: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
}

export function CompanySelect({ ds, value, onChange, label, required, disabled }: CompanySelectProps) {
  const { t, lang } = useI18n();
  return (
    <Field label={label} required={required}>
      <Select value={value} disabled={disabled} onChange={(_, d) => onChange(d.value || undefined)}>
        <option value="">{t.template.chooseCompany}</option>
        {companyChoices(ds).map((s) => (
          <option key={s.entity.id} value={s.entity.id}>
            {s.figures === 0
              ? t.companies.optionNoFigures(t.companies.option(entityShortName(s.entity, lang), s.entity.ticker))
              : t.companies.option(entityShortName(s.entity, lang), s.entity.ticker)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
