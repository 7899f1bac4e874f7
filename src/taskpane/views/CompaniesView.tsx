/**
 * Companies: search by ticker, English or Chinese name; most analysable first (more figures,
 * then more periods), an entity the data has no figures for marked and last. Each company
 * shows its periods (and their span), how many figures it has and how many conflict.
 * Opening one shows its figures and their sources (CompanyDetail). Works without Excel.
 *
 * The list reads the company index (useCompanies), not the dataset: it renders before the
 * dataset chunk has loaded; an opened company waits for it (CompanyDetail shows <Loading/>).
 */
import { lazy, Suspense, useDeferredValue, useEffect, useId, useRef, useState } from "react";
import { Label, SearchBox } from "@fluentui/react-components";
import { Tag } from "../components/Tag";
import { makeStyles, tokens } from "../components/styles";
import { companyList, entityNames } from "../data/company-list";
import { useCompanies } from "../data/dataset-context";
import { useI18n } from "../i18n";
import { usePaneState } from "../state/PaneState";
import { Loading } from "../components/Loading";

/** One company's figures and sources: loaded when the first company is opened (smaller first chunk). */
const CompanyDetail = lazy(() => import(/* webpackChunkName: "view-company" */ "./CompanyDetail").then((m) => ({ default: m.CompanyDetail })));

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  search: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: {
    width: "100%",
    textAlign: "start",
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  title: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  other: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  stats: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, alignItems: "center" },
  empty: { color: tokens.colorNeutralForeground2 },
});

export default function CompaniesView() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const index = useCompanies();
  const companies = index.companies;
  const { nav, navDispatch } = usePaneState();
  const [query, setQuery] = useState("");
  const searchId = useId();
  const deferred = useDeferredValue(query);
  const listRef = useRef<HTMLUListElement>(null);
  // Coming back from a company, focus returns to its row (keyboard users keep their place).
  // A ref, not state: it only matters when the list shows again, and needs no render of its own.
  const returnTo = useRef<string | undefined>(undefined);
  const opened = nav.company === undefined ? undefined : companies.find((c) => c.id === nav.company)?.id;
  const open = opened !== undefined;
  useEffect(() => {
    if (open || !returnTo.current) return;
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-company="${returnTo.current}"]`)?.focus();
    returnTo.current = undefined;
  }, [open]);
  if (opened !== undefined)
    return (
      <Suspense fallback={<Loading />}>
        <CompanyDetail entityId={opened} />
      </Suspense>
    );
  const rows = companyList(index, deferred);
  const total = companies.length;
  return (
    <div className={styles.view}>
      {/* A Label rather than a Field: the search needs no validation message (and Field's code
          would join the pane's first chunk). */}
      <div className={styles.search}>
        <Label htmlFor={searchId}>{t.companies.searchLabel}</Label>
        <SearchBox
          id={searchId}
          value={query}
          placeholder={t.companies.searchPlaceholder}
          onChange={(_, d) => setQuery(d.value)}
          autoComplete="off"
        />
      </div>
      <div className={styles.count} role="status" aria-live="polite">
        {rows.length === 0 ? t.companies.none(deferred.trim()) : t.companies.count(rows.length, total)}
      </div>
      <ul ref={listRef} className={styles.list} aria-label={t.companies.listLabel}>
        {rows.map((r) => {
          const names = entityNames(r, lang);
          return (
            <li key={r.id}>
              <button
                type="button"
                data-company={r.id}
                className={styles.row}
                onClick={() => {
                  returnTo.current = r.id;
                  navDispatch({ type: "openCompany", company: r.id });
                }}
              >
                <span className={styles.title}>
                  <span className={styles.name}>{names.main}</span>
                  <Tag tone={r.ticker ? "brand" : "subtle"}>
                    {r.ticker ?? t.companies.kind[r.kind] ?? r.kind}
                  </Tag>
                </span>
                <span className={styles.other}>{names.other}</span>
                <span className={styles.stats}>
                  {r.figures === 0 ? (
                    <Tag tone="informative">{t.companies.noFigures}</Tag>
                  ) : (
                    <>
                      <span>{t.companies.figures(r.figures)}</span>
                      <span aria-hidden>·</span>
                      <span>
                        {r.first && r.last
                          ? t.companies.periodsSpan(r.periodCount, t.companies.span(r.first[lang], r.last[lang]))
                          : t.companies.periods(r.periodCount)}
                      </span>
                    </>
                  )}
                  {r.conflicts > 0 ? <Tag tone="warning">{t.companies.conflicts(r.conflicts)}</Tag> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
