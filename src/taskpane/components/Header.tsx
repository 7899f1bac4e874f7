/**
 * The pane's title and the language switch (English ⇄ 中文). The switch is a Fluent Link
 * rendered as a button: a language switch reads as a link, and Button's styles (every
 * appearance and size) would be 23 KB of the pane's first chunk before gzip.
 */
import { Link } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  switch: { flexShrink: 0, fontSize: tokens.fontSizeBase300, whiteSpace: "nowrap" },
  subtitle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function Header() {
  const styles = useStyles();
  const { t, lang, setLang } = useI18n();
  const next = lang === "zh" ? "en" : "zh";
  return (
    <header className={styles.header}>
      <div>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <div className={styles.subtitle}>{t.appSubtitle}</div>
      </div>
      <Link
        as="button"
        className={styles.switch}
        aria-label={t.language.switchToAria}
        lang={next === "zh" ? "zh-CN" : "en-US"}
        onClick={() => setLang(next)}
        data-testid="lang-switch"
      >
        {t.language.switchTo}
      </Link>
    </header>
  );
}
