import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, renameSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic, type WriteFs } from "../../src/xlsx/write-file";

const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
const fresh = () => mkdtempSync(join(tmpdir(), "capcycle-write-"));

describe("writing the package: all or nothing", () => {
  it("writes the bytes and leaves no temporary file", () => {
    const dir = fresh();
    const r = writeFileAtomic(join(dir, "out.xlsx"), bytes);
    expect(r.ok).toBe(true);
    expect([...readFileSync(join(dir, "out.xlsx"))]).toEqual([...bytes]);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("replaces an existing file", () => {
    const dir = fresh();
    writeFileSync(join(dir, "out.xlsx"), "old");
    expect(writeFileAtomic(join(dir, "out.xlsx"), bytes).ok).toBe(true);
    expect([...readFileSync(join(dir, "out.xlsx"))]).toEqual([...bytes]);
  });

  it("refuses a folder that does not exist, with the folder in the message", () => {
    const dir = fresh();
    const r = writeFileAtomic(join(dir, "missing", "out.xlsx"), bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.en).toContain(join(dir, "missing"));
      expect(r.reason.zh).toContain("文件夹不存在");
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a target that is a folder", () => {
    const dir = fresh();
    mkdirSync(join(dir, "out.xlsx"));
    const r = writeFileAtomic(join(dir, "out.xlsx"), bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toMatch(/it is a folder/);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("a failure after the bytes were written removes the temporary file and keeps the old target", () => {
    const dir = fresh();
    writeFileSync(join(dir, "out.xlsx"), "old");
    const failingRename: WriteFs = {
      writeFileSync: (p, d, o) => writeFileSync(p, d, o),
      renameSync: () => {
        throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
      },
      unlinkSync: (p) => unlinkSync(p),
    };
    const r = writeFileAtomic(join(dir, "out.xlsx"), bytes, failingRename);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toMatch(/ENOSPC.*no file was left behind/);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readFileSync(join(dir, "out.xlsx"), "utf8")).toBe("old");
  });

  it("a failure while writing (partial bytes on disk) leaves nothing behind", () => {
    const dir = fresh();
    const failingWrite: WriteFs = {
      writeFileSync: (p) => {
        writeFileSync(p, bytes.slice(0, 3));
        throw Object.assign(new Error("io"), { code: "EIO" });
      },
      renameSync: (a, b) => renameSync(a, b),
      unlinkSync: (p) => unlinkSync(p),
    };
    const r = writeFileAtomic(join(dir, "out.xlsx"), bytes, failingWrite);
    expect(r.ok).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
