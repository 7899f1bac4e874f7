/**
 * The Fluent theme that follows Office's: dark when Office says so (or its body background is
 * dark), light otherwise and outside Office. Office reports colours, not a Fluent theme, so the
 * pane picks the nearer of Fluent's two web themes rather than mixing palettes.
 *
 * Only the light theme ships in the first chunk: the dark one (about 38 KB of token values
 * before gzip) loads when Office reports a dark theme, which it can only do after Office.onReady,
 * so nothing waits for it that was not already waiting for Office.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "./office-host";

/** Relative luminance (WCAG) of "#rrggbb" or "#rgb"; undefined for anything else. */
export function luminance(colour: string | undefined): number | undefined {
  if (!colour) return undefined;
  let hex = colour.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function isDark(theme: OfficeThemeColors | null): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = luminance(theme.bodyBackgroundColor);
  return l !== undefined && l < 0.2;
}

/** The Fluent theme for Office's colours: the light one at once, the dark one once loaded. */
export function fluentThemeFor(theme: OfficeThemeColors | null): Theme | Promise<Theme> {
  if (!isDark(theme)) return webLightTheme;
  return import(/* webpackChunkName: "theme-dark" */ "./dark-theme").then((m) => m.webDarkTheme);
}

export { webLightTheme };
