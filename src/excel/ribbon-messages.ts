/**
 * The few words of the ribbon command and its outcome banner, apart from the adapter's whole
 * catalogue (messages.ts, which spreads them in): commands.js loads with the page before the
 * pane's first view, and importing the catalogue there put every adapter message in it.
 */
import type { Localized } from "../core/errors";

export const RIBBON_MSG = {
  ribbonTitle: { en: "Refresh charts (ribbon)", zh: "刷新图表（功能区）" } as Localized,
  ribbonFailed: (reason: string): Localized => ({ en: `Refresh charts failed: ${reason}`, zh: `刷新图表失败：${reason}` }),
  dismiss: { en: "Dismiss", zh: "关闭" } as Localized,
};
