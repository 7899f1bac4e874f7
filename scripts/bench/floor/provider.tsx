/**
 * Floor 1 of the pane's start-up bytes (scripts/bench/floor.ts): React 18 and Fluent UI v9's
 * provider with the light theme, one line of text. Nothing a real pane could drop.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

const root = document.getElementById("root");
if (root) createRoot(root).render(<FluentProvider theme={webLightTheme}>CapCycle</FluentProvider>);
