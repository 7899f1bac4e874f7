/**
 * The pane: one FluentProvider following Office's theme, the language (Office's display
 * language, or the switch), the host banner, the views as tabs. The companies view is in the
 * first chunk; the others load when first opened (React.lazy), so the pane shows data fast.
 *
 * The pane renders at once, before Office answers: browsing never waits for Office. Host
 * detection then fills in the theme, the language (unless the person chose one) and whether
 * workbook actions can run.
 */
import { Component, lazy, Suspense, useCallback, useEffect, useMemo, useState, type ComponentType, type ReactNode } from "react";
import { FluentProvider, Spinner, Tab, TabList } from "@fluentui/react-components";
import type { Lang } from "../core/errors";
import { pick as pickLang } from "../core/errors";
import { hostCapabilities } from "../excel/index";
import { Header } from "./components/Header";
import { HostBanner } from "./components/HostBanner";
import { makeStyles, tokens } from "./components/styles";
import { DatasetContext } from "./data/dataset-context";
import { detectHost, PENDING_HOST, type HostInfo } from "./host/office-host";
import { readStoredLang, storeLang } from "./host/storage";
import { fluentThemeFor } from "./host/theme";
import { WorkbookContext, type WorkbookAccess } from "./host/workbook";
import { I18nContext, initialLang, localeTag, messagesFor, useI18n, type I18n } from "./i18n";
import { PaneStateProvider, usePaneState } from "./state/PaneState";
import { useImportedVersion } from "./state/import-version";
import { TABS, type TabId } from "./state/navigation";
import CompaniesView from "./views/CompaniesView";
import type { Dataset } from "../core/dataset/types";

const TemplateView = lazy(() => import(/* webpackChunkName: "view-template" */ "./views/TemplateView"));
const ChartsView = lazy(() => import(/* webpackChunkName: "view-charts" */ "./views/ChartsView"));
const SourcesView = lazy(() => import(/* webpackChunkName: "view-sources" */ "./views/SourcesView"));
const FormulaView = lazy(() => import(/* webpackChunkName: "view-formula" */ "./views/FormulaView"));
const ImportView = lazy(() => import(/* webpackChunkName: "view-import" */ "./views/ImportView"));

const VIEWS: Readonly<Record<TabId, ComponentType>> = {
  companies: CompaniesView,
  template: TemplateView,
  charts: ChartsView,
  sources: SourcesView,
  formula: FormulaView,
  import: ImportView,
};

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
    minWidth: 0,
    boxSizing: "border-box",
    "@media (max-width: 359px)": { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  },
  // Five tabs in one row: below 360 px (Excel's default pane is about 320 px wide) the
  // labels get smaller and tighter rather than wrapping; they still wrap if they must.
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "@media (max-width: 359px)": {
      paddingLeft: 0,
      paddingRight: 0,
      "& .fui-Tab__content": { fontSize: tokens.fontSizeBase200 },
    },
  },
  panel: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

/** A lazy view that fails to load (a dropped connection) says so instead of blanking the pane. */
class ViewBoundary extends Component<{ readonly fallback: ReactNode; readonly children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function Views() {
  const styles = useStyles();
  const { t } = useI18n();
  const { nav, navDispatch } = usePaneState();
  // Imported data registered (an import applied, the workbook's read at start-up): views re-render with it.
  useImportedVersion();
  const View = VIEWS[nav.tab];
  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={nav.tab}
        onTabSelect={(_, d) => navDispatch({ type: "tab", tab: d.value as TabId })}
        aria-label={t.tabs.label}
        size="small"
      >
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="capcycle-view" className={styles.tab}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <div id="capcycle-view" role="tabpanel" aria-labelledby={`tab-${nav.tab}`} className={styles.panel}>
        <ViewBoundary key={nav.tab} fallback={<p role="alert">{t.viewFailed}</p>}>
          <Suspense fallback={<Spinner size="small" label={t.loadingView} />}>
            <View />
          </Suspense>
        </ViewBoundary>
      </div>
    </>
  );
}

export interface AppProps {
  /** Host detection; tests pass a settled one. Default: Office.onReady, guarded. */
  readonly detect?: () => Promise<HostInfo>;
  /** The dataset; tests pass a fixture. Default: the bundled data. */
  readonly dataset?: () => Dataset;
  /** Language before Office answers; default: stored choice, else the browser's. */
  readonly initialLanguage?: Lang;
}

export function App({ detect = detectHost, dataset, initialLanguage }: AppProps) {
  const styles = useStyles();
  const [host, setHost] = useState<HostInfo>(PENDING_HOST);
  const [chosen, setChosen] = useState<Lang | null>(() => {
    const stored = readStoredLang();
    return stored === "zh" || stored === "en" ? stored : null;
  });
  const [browserLang] = useState<Lang>(() => initialLanguage ?? initialLang(null, null, globalThis.navigator?.language ?? null));

  useEffect(() => {
    let live = true;
    detect().then(
      (info) => live && setHost(info),
      () => live && setHost({ kind: "browser", displayLanguage: null, theme: null }),
    );
    return () => {
      live = false;
    };
  }, [detect]);

  // A workbook holding imported data: register it once Excel answers (the import code loads only then).
  useEffect(() => {
    if (host.kind !== "excel") return;
    void import(/* webpackChunkName: "import-startup" */ "./state/import-startup").then((m) => m.loadStoredImports());
  }, [host.kind]);

  const lang: Lang = chosen ?? (host.displayLanguage ? initialLang(null, host.displayLanguage, null) : browserLang);
  const setLang = useCallback((next: Lang) => {
    setChosen(next);
    storeLang(next);
  }, []);
  const i18n = useMemo<I18n>(() => ({ lang, t: messagesFor(lang), pick: (m) => pickLang(m, lang), setLang }), [lang, setLang]);

  useEffect(() => {
    document.documentElement.lang = localeTag(lang);
    document.title = messagesFor(lang).appTitle;
  }, [lang]);

  const workbook = useMemo<WorkbookAccess>(
    () => ({ host, capabilities: host.kind === "excel" ? hostCapabilities() : null }),
    [host],
  );
  const theme = useMemo(() => fluentThemeFor(host.theme), [host.theme]);

  const content = (
    <I18nContext.Provider value={i18n}>
      <WorkbookContext.Provider value={workbook}>
        <PaneStateProvider>
          <FluentProvider theme={theme} className={styles.provider} lang={localeTag(lang)}>
            <main className={styles.pane}>
              <Header />
              <HostBanner host={host} />
              <Views />
            </main>
          </FluentProvider>
        </PaneStateProvider>
      </WorkbookContext.Provider>
    </I18nContext.Provider>
  );
  return dataset ? <DatasetContext.Provider value={dataset}>{content}</DatasetContext.Provider> : content;
}
