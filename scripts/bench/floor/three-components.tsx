/**
 * Floor 2 (scripts/bench/floor.ts): the bare React + Fluent page measured in the toolchain notes,
 * a provider and three components (Button, Dropdown, Spinner).
 */
import { createRoot } from "react-dom/client";
import { Button, Dropdown, FluentProvider, Option, Spinner, webLightTheme } from "@fluentui/react-components";

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Button>CapCycle</Button>
      <Dropdown aria-label="Company">
        <Option>Aier</Option>
      </Dropdown>
      <Spinner size="small" />
    </FluentProvider>,
  );
