/**
 * The pane: one FluentProvider following Office's theme, the language (Office's display
 * language, or the switch), the host banner, the views as tabs. The companies view is in the
 * first chunk and renders from the company index; the dataset loads right after it, the other
 * views when first opened (React.lazy), so the pane shows data fast.
 *
 * The pane renders at once, before Office answers: browsing never waits for Office. Host
 * detection then fills in the theme, the language (unless the person chose one) and whether
 * workbook actions can run.
 */
import { Component, lazy, Suspense, useCallback, useEffect, useMemo, useState, type ComponentType, type ReactNode } from "react";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { Lang } from "../core/errors";
import { pick as pickLang } from "../core/errors";
import type { HostCapabilities } from "../excel/index";
import { Header } from "./components/Header";
import { RibbonOutcomeSlot } from "./components/RibbonOutcomeSlot";
import { Loading } from "./components/Loading";
import { TabBar } from "./components/TabBar";
import { makeStyles, tokens } from "./components/styles";
import { DatasetContext } from "./data/dataset-context";
import { BUNDLED_DATASET, type DatasetSource } from "./data/dataset-source";
import { detectHost, PENDING_HOST, type HostInfo } from "./host/office-host";
import { readStoredLang, storeLang } from "./host/storage";
import { fluentThemeFor, webLightTheme } from "./host/theme";
import { WorkbookContext, type WorkbookAccess } from "./host/workbook";
import { I18nContext, initialLang, localeTag, messagesFor, useI18n, type I18n } from "./i18n";
import { PaneStateProvider, usePaneState } from "./state/PaneState";
import { TABS, type TabId } from "./state/navigation";
import CompaniesView from "./views/CompaniesView";

/** Shown only outside Excel, once Office has answered: not needed for the first view. */
const HostBanner = lazy(() => import(/* webpackChunkName: "host-banner" */ "./components/HostBanner").then((m) => ({ default: m.HostBanner })));
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
  const View = VIEWS[nav.tab];
  return (
    <>
      <TabBar
        tabs={TABS}
        selected={nav.tab}
        onSelect={(tab) => navDispatch({ type: "tab", tab })}
        label={(id) => t.tabs[id]}
        ariaLabel={t.tabs.label}
        panelId="capcycle-view"
        tabId={(id) => `tab-${id}`}
      />
      <div id="capcycle-view" role="tabpanel" aria-labelledby={`tab-${nav.tab}`} className={styles.panel}>
        <ViewBoundary key={nav.tab} fallback={<p role="alert">{t.viewFailed}</p>}>
          <Suspense fallback={<Loading />}>
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
  /** Where the data comes from; tests pass a fixture. Default: the bundled data, loaded after the first view. */
  readonly dataset?: DatasetSource;
  /** Language before Office answers; default: stored choice, else the browser's. */
  readonly initialLanguage?: Lang;
}

/**
 * What this Excel supports, once the host is Excel. src/excel (with the template and chart code
 * it brings) is a chunk of its own: it loads here, as soon as Excel answers, not before the
 * first view; every workbook action needs it, so it is there by the time one is chosen.
 */
function useExcelCapabilities(host: HostInfo): HostCapabilities | null {
  const [capabilities, setCapabilities] = useState<HostCapabilities | null>(null);
  const inExcel = host.kind === "excel";
  useEffect(() => {
    if (!inExcel) return;
    let live = true;
    import(/* webpackChunkName: "excel" */ "../excel/index").then(
      (excel) => live && setCapabilities(excel.hostCapabilities()),
      // The views' own imports report a chunk that cannot load (ViewBoundary).
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [inExcel]);
  // Capabilities apply only while the host is Excel (the host never changes back in practice).
  return inExcel ? capabilities : null;
}

/** Office's theme as a Fluent theme: light until Office answers (and the dark one has loaded). */
function useOfficeTheme(host: HostInfo): Theme {
  const [theme, setTheme] = useState<Theme>(webLightTheme);
  useEffect(() => {
    let live = true;
    Promise.resolve(fluentThemeFor(host.theme)).then(
      (next) => live && setTheme(next),
      // A dark theme that cannot load leaves the light one: readable, only not matching Office.
      () => live && setTheme(webLightTheme),
    );
    return () => {
      live = false;
    };
  }, [host.theme]);
  return theme;
}

/**
 * The dataset chunk loads right after the first view has rendered (a task later than the
 * first commit, so the pane is interactive before the request starts), not when it is first
 * needed: an opened company or another view then rarely waits, and the list takes in imported
 * companies. The data functions share the chunk, so they seldom wait either.
 */
function useDatasetAfterFirstView(source: DatasetSource): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      // A chunk that cannot load is reported by the view that needs the data (its error boundary).
      source.load().catch(() => undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [source]);
}

export function App({ detect = detectHost, dataset = BUNDLED_DATASET, initialLanguage }: AppProps) {
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

  const capabilities = useExcelCapabilities(host);
  const workbook = useMemo<WorkbookAccess>(() => ({ host, capabilities }), [host, capabilities]);
  const theme = useOfficeTheme(host);
  useDatasetAfterFirstView(dataset);

  return (
    <DatasetContext.Provider value={dataset}>
      <I18nContext.Provider value={i18n}>
        <WorkbookContext.Provider value={workbook}>
          <PaneStateProvider>
            <FluentProvider theme={theme} className={styles.provider} lang={localeTag(lang)}>
              <main className={styles.pane}>
                <Header />
                {host.kind === "browser" || host.kind === "office" ? (
                  <Suspense fallback={null}>
                    <HostBanner host={host} />
                  </Suspense>
                ) : null}
                <RibbonOutcomeSlot />
                <Views />
              </main>
            </FluentProvider>
          </PaneStateProvider>
        </WorkbookContext.Provider>
      </I18nContext.Provider>
    </DatasetContext.Provider>
  );
}
