// @vitest-environment jsdom
/**
 * The pane on the bundled data (not the fixture): Aier's capital-cycle phase under both
 * readings, marked contested, in English and Chinese (SPEC §3; issue 11), and a statement cited
 * by its article's source record rather than its file name.
 */
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { fixedSource } from "../source";
import type { Lang } from "../../../src/core/errors";
import { BROWSER } from "../render";

function renderReal(lang: Lang) {
  return render(<App detect={() => Promise.resolve(BROWSER)} dataset={fixedSource(getDataset)} initialLanguage={lang} />);
}

describe("capital-cycle phase under each reading", () => {
  it("shows Aier's phase under both readings, each marked contested, in English", async () => {
    const user = userEvent.setup();
    renderReal("en");
    await user.click(await screen.findByRole("button", { name: /Aier Eye Hospital Group/ }));
    const section = await screen.findByRole("region", { name: "Capital-cycle phase" });
    const lines = within(section).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("Contraction — H1 2024 1.02");
    expect(lines[0]).toContain("→ H1 2025 0.78");
    expect(lines[0]).toContain("Statement walk-through, primary reading");
    expect(lines[1]).toContain("Expansion slowing — H1 2024 2.58");
    expect(lines[1]).toContain("→ H1 2025 1.96");
    expect(lines[1]).toContain("not the primary reading");
    for (const line of lines) expect(line).toMatch(/contested$/);
    expect(within(section).getByText(/two readings that cannot both hold/)).toBeTruthy();
  });

  it("shows the same two readings in Chinese with the 有争议 mark", async () => {
    const user = userEvent.setup();
    renderReal("zh");
    await user.click(await screen.findByRole("button", { name: /Aier Eye Hospital Group/ }));
    const section = await screen.findByRole("region", { name: "资本周期阶段" });
    const lines = within(section).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("收缩——2024年上半年 1.02");
    expect(lines[0]).toContain("→ 2025年上半年 0.78");
    expect(lines[0]).toContain("主口径");
    expect(lines[1]).toContain("扩张放缓——2024年上半年 2.58");
    expect(lines[1]).toContain("→ 2025年上半年 1.96");
    expect(lines[1]).toContain("非主口径");
    for (const line of lines) expect(line).toMatch(/有争议$/);
  });

  it("cites a statement by its article's title, not its file name", async () => {
    const user = userEvent.setup();
    renderReal("en");
    await user.click(await screen.findByRole("button", { name: /Aier Eye Hospital Group/ }));
    await screen.findByRole("heading", { level: 2, name: "Aier Eye Hospital Group" });
    await user.selectOptions(screen.getByLabelText("Field"), "capex_da_ratio|");
    const table = screen.getByRole("table");
    await user.click(within(table).getByRole("button", { name: /sources? of .*, H1 2025$/ }));
    expect(screen.getByText("爱尔眼科(自用) (夜夜皆然, undated), line 21")).toBeTruthy();
    expect(screen.queryByText(/\.txt, line/)).toBeNull();
  });

  it("in Chinese, cites by the article's title and gives the conflict's reason in Chinese", async () => {
    const user = userEvent.setup();
    renderReal("zh");
    await user.click(await screen.findByRole("button", { name: /Aier Eye Hospital Group/ }));
    await screen.findByRole("heading", { level: 2, name: "爱尔眼科" });
    await user.selectOptions(screen.getByLabelText("字段"), "capex_da_ratio|");
    const table = screen.getByRole("table");
    await user.click(within(table).getByRole("button", { name: /条来源：.*（2025年上半年）$/ }));
    expect(screen.getByText("《爱尔眼科(自用)》（夜夜皆然，未注明日期），第 21 行")).toBeTruthy();
    expect(screen.getByText(/0\.78 属主口径（报表逐项分析/)).toBeTruthy();
    expect(screen.queryByText(/belongs to the primary reading/)).toBeNull();
  });
});
