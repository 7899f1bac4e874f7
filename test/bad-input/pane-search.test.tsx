// @vitest-environment jsdom
/**
 * The pane's search box with what people paste into it: pattern characters, emoji, full-width
 * text, a whole paragraph. The list answers (matches, or "No company matches …"; text of only
 * punctuation and symbols searches like a blank box) and the pane keeps working.
 */
import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../taskpane/render";
import { fixtureDataset } from "../taskpane/fixture";
import { companyRows } from "../../src/taskpane/data/browse";

const listed = () => within(screen.getByRole("list", { name: "Companies in the bundled data" })).queryAllByRole("button").map((b) => b.textContent ?? "");

describe("search box", () => {
  it("pattern characters, emoji, a pasted paragraph: the list or 'no match', and the next search works", async () => {
    const user = userEvent.setup();
    renderPane();
    const box = await screen.findByRole("searchbox");
    for (const text of ["(((", "[a-z]+$", "🙂🙂", "\\", "%s%d", "zzz\u0000", "阿克眼科医院集团".repeat(300)]) {
      await user.clear(box);
      await user.click(box);
      await user.paste(text);
      const expected = companyRows(fixtureDataset(), text).length;
      if (expected === 0) await waitFor(() => expect(screen.getByText(/No company matches/)).toBeTruthy());
      else await waitFor(() => expect(listed()).toHaveLength(expected));
    }
    await user.clear(box);
    await user.type(box, "ＡＣＭＥ");
    await waitFor(() => expect(listed()).toHaveLength(1));
    expect(listed()[0]).toContain("Acme Eye Hospital Group");
  });
});
