/**
 * Whether a workbook action can run now, and if not, the plain reason the pane shows beside
 * its disabled button: still connecting, not in Office, another Office application, or a
 * requirement set this Excel lacks (src/excel's hostCapabilities says which).
 */
import { createContext, useContext } from "react";
import type { HostCapabilities, HostFeature } from "../../excel/index";
import type { I18n } from "../i18n";
import { PENDING_HOST, type HostInfo } from "./office-host";

export interface WorkbookAccess {
  readonly host: HostInfo;
  /** Known once the host is Excel. */
  readonly capabilities: HostCapabilities | null;
}

export const WorkbookContext = createContext<WorkbookAccess>({ host: PENDING_HOST, capabilities: null });

export function useWorkbook(): WorkbookAccess {
  return useContext(WorkbookContext);
}

/** Why an action needing `feature` (or just Excel) cannot run, or undefined when it can. */
export function blockedReason(access: WorkbookAccess, i18n: Pick<I18n, "t" | "pick">, feature?: HostFeature): string | undefined {
  switch (access.host.kind) {
    case "pending":
      return i18n.t.host.connecting;
    case "browser":
      return i18n.t.workbook.needsExcel;
    case "office":
      return i18n.t.host.otherHost;
    case "excel": {
      if (!feature) return undefined;
      // Until src/excel's chunk has answered what this Excel supports.
      if (!access.capabilities) return i18n.t.host.connecting;
      const f = access.capabilities.features[feature];
      return f.available ? undefined : f.reason ? i18n.pick(f.reason) : i18n.t.workbook.needsExcel;
    }
  }
}
