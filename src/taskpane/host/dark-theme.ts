/** Fluent's dark web theme, alone in its chunk (see theme.ts): loaded only when Office is dark. */
export { webDarkTheme } from "@fluentui/react-components";
