/**
 * The command line: argument parsing (in process), and the script itself run as users run it
 * (tsx) for the error paths — exit codes, messages, and no file left behind.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MONEY_UNITS } from "../../src/core/template/options";
import { langFromEnv, parseExportArgs, parseTemplateUnit } from "../../src/xlsx/cli-args";
import { readBack, runExport } from "./helpers";

const ROOT = resolve(__dirname, "../..");
const run = runExport;

describe("parseExportArgs", () => {
  it("reads the options, with defaults (亿; language from the environment)", async () => {
    expect(parseExportArgs(["--company", "300015.SZ", "--out", "a.xlsx"])).toEqual({ ok: true, command: { kind: "export", lang: "en", company: "300015.SZ", out: "a.xlsx", unit: "亿" } });
    expect(parseExportArgs(["--company=爱尔眼科", "--out=b.XLSX", "--unit", "万"], { LANG: "zh_CN.UTF-8" })).toEqual({
      ok: true,
      command: { kind: "export", lang: "zh", company: "爱尔眼科", out: "b.XLSX", unit: "万" },
    });
    expect(parseExportArgs(["--lang", "zh", "--company", "x", "--out", "c.xlsx"], { LANG: "en_US.UTF-8" }).ok && "zh").toBe("zh");
  });

  it("--data: the analyst's file, --company optional", async () => {
    expect(parseExportArgs(["--data", "mine.csv", "--out", "a.xlsx"])).toEqual({ ok: true, command: { kind: "data", lang: "en", data: "mine.csv", out: "a.xlsx", unit: "亿" } });
    expect(parseExportArgs(["--data=mine.xlsx", "--company", "999002", "--out", "b.xlsx", "--unit", "m"], { LANG: "zh_CN.UTF-8" })).toEqual({
      ok: true,
      command: { kind: "data", lang: "zh", data: "mine.xlsx", company: "999002", out: "b.xlsx", unit: "百万" },
    });
    const r = parseExportArgs(["--data", "mine.csv"]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toMatch(/Missing --out/);
  });

  it("takes the unit spellings DATA takes", async () => {
    expect(parseTemplateUnit("100m")).toEqual({ ok: true, unit: "亿" });
    expect(parseTemplateUnit("million")).toEqual({ ok: true, unit: "百万" });
    expect(parseTemplateUnit("10K")).toEqual({ ok: true, unit: "万" });
    expect(parseTemplateUnit("1")).toEqual({ ok: true, unit: "元" });
    const r = parseTemplateUnit("dozen");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toMatch(/Unknown unit "dozen"/);
  });

  it("十亿 (bn): a template unit once templates offer it, a clear refusal until then", async () => {
    const r = parseTemplateUnit("十亿");
    const offered = Object.values(MONEY_UNITS).some((u) => u.factor === 1e9);
    if (offered) expect(r.ok).toBe(true);
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason.en).toMatch(/templates do not offer it yet/);
        expect(r.reason.zh).toMatch(/模板暂不支持/);
      }
    }
  });

  it.each([
    [["--out", "a.xlsx"], /Missing --company <id\|ticker\|name> or --data <file>/],
    [["--company", "aier"], /Missing --out/],
    [["--company", "aier", "--out"], /--out needs a value/],
    [["--company", "--out", "a.xlsx"], /--company needs a value/],
    [["--company", "aier", "--out", "a.csv"], /must name an \.xlsx file/],
    [["--company", "aier", "--out", "a.xlsx", "--lang", "fr"], /--lang must be en or zh/],
    [["--company", "aier", "--out", "a.xlsx", "--colour", "red"], /Unknown option --colour/],
  ])("refuses %j", (args, message) => {
    const r = parseExportArgs(args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toMatch(message);
  });

  it("picks the message language from LC_ALL, LC_MESSAGES, then LANG", async () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langFromEnv({})).toBe("en");
  });
});

// Each case starts a process (tsx, the dataset, exceljs, Excelize's WebAssembly): allow for a
// busy machine (several at once on two shared cores took up to 60 s each).
describe.concurrent("npm run export (the script)", { timeout: 150_000 }, () => {
  it("writes the workbook and says what it wrote", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capcycle-cli-"));
    const out = join(dir, "aier.xlsx");
    const r = await run(["--company", "aier eye", "--out", out, "--lang", "zh", "--unit", "百万"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已写入 ${out}：工作表“爱尔眼科 300015.SZ”，`);
    expect(r.stdout).toMatch(/，\d+ 个表格，\d+ 个公式（含缓存结果），4 个图表。/);
    expect(r.stdout).toContain("文件含 4 个原生图表");
    expect(readdirSync(dir)).toEqual(["aier.xlsx"]);
    const back = await readBack(readFileSync(out));
    expect(back.ws.getCell("B3").value).toBe("金额单位：百万元；比率以 % 表示");
  });

  it("unknown company: non-zero exit, the closest names, no file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capcycle-cli-"));
    const r = await run(["--company", "Aier Eye Hospitl", "--out", join(dir, "x.xlsx")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/No company "Aier Eye Hospitl"\. Closest: Aier Eye Hospital Group \(300015\.SZ\)/);
    expect(r.stderr).toContain("--list");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("unknown company, in Chinese when LANG is Chinese", async () => {
    const r = await run(["--company", "爱尔眼", "--out", join(tmpdir(), "never.xlsx")], { LANG: "zh_CN.UTF-8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/找不到公司“爱尔眼”。最接近的是/);
    expect(existsSync(join(tmpdir(), "never.xlsx"))).toBe(false);
  });

  it("missing --out: usage error (exit 2) naming the option", async () => {
    const r = await run(["--company", "300015.SZ"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Missing --out <file\.xlsx>/);
    expect(r.stdout).toBe("");
  });

  it("unwritable path (a file where a folder should be): exit 1, the reason, nothing left behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capcycle-cli-"));
    writeFileSync(join(dir, "plain-file"), "x");
    const r = await run(["--company", "300015.SZ", "--out", join(dir, "plain-file", "aier.xlsx")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cannot write into .*plain-file/);
    expect(readdirSync(dir)).toEqual(["plain-file"]);
  });

  it("unwritable path (the target is a folder): exit 1, the folder untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capcycle-cli-"));
    const asFolder = join(dir, "folder.xlsx");
    mkdirSync(asFolder);
    const r = await run(["--company", "300015.SZ", "--out", asFolder]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/it is a folder/);
    expect(readdirSync(asFolder)).toEqual([]);
    expect(readdirSync(dir)).toEqual(["folder.xlsx"]);
  });

  it("a relative --out is taken from where npm was started (INIT_CWD), not the package root", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capcycle-cli-"));
    const r = await run(["--company", "688271.SH", "--out", "ui.xlsx"], { INIT_CWD: dir });
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual(["ui.xlsx"]);
    expect(existsSync(join(ROOT, "ui.xlsx"))).toBe(false);
  });

  it("--list prints every company; --help the usage", async () => {
    const list = await run(["--list"]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^aier_eye\t300015\.SZ\tAier Eye Hospital Group\t爱尔眼科/m);
    const help = await run(["--help"], { LANG: "zh_CN.UTF-8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^用法：npm run export/);
    expect(help.stdout).toContain("--data     自有数据文件（CSV 或 xlsx，宽表或长表，见 docs/import.md）");
  });
});
