/**
 * The pane's title and the language switch (English ⇄ 中文). The switch is a button that looks
 * like a link (Fluent's link colours and focus ring, from its tokens): a language switch reads as
 * a link, and Fluent's Button or Link would add their styles for every appearance and size to
 * the pane's first chunk (23 KB and 5 KB before gzip).
 */
import { useI18n } from "../i18n";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  switch: {
    flexShrink: 0,
    padding: 0,
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorBrandForegroundLink,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    whiteSpace: "nowrap",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px", borderRadius: tokens.borderRadiusSmall },
  },
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
      <button
        type="button"
        className={styles.switch}
        aria-label={t.language.switchToAria}
        lang={next === "zh" ? "zh-CN" : "en-US"}
        onClick={() => setLang(next)}
        data-testid="lang-switch"
      >
        {t.language.switchTo}
      </button>
    </header>
  );
}
