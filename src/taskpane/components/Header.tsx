/** The pane's title and the language switch (English ⇄ 中文). */
import { Button } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { makeStyles, tokens } from "./styles";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
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
      <Button
        size="small"
        appearance="outline"
        aria-label={t.language.switchToAria}
        lang={next === "zh" ? "zh-CN" : "en-US"}
        onClick={() => setLang(next)}
        data-testid="lang-switch"
      >
        {t.language.switchTo}
      </Button>
    </header>
  );
}
