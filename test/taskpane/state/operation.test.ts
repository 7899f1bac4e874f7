import { describe, expect, it } from "vitest";
import { IDLE, opReducer, runOperation, type OpAction, type OpState } from "../../../src/taskpane/state/operation";

type R = { ok: true; n: number };
type Out = R | { ok: false; reason: { en: string; zh: string } };
const reason = { en: "no", zh: "否" };

describe("opReducer", () => {
  it("ignores a second start while running, and results or progress when not running", () => {
    const running = opReducer<R>(IDLE, { type: "start" });
    expect(running).toEqual({ status: "running", progress: {} });
    expect(opReducer(running, { type: "start", progress: { fraction: 0.5 } })).toBe(running);
    expect(opReducer<R>(IDLE, { type: "done", result: { ok: true, n: 1 } })).toBe(IDLE);
    expect(opReducer<R>(IDLE, { type: "progress", progress: { fraction: 1 } })).toBe(IDLE);
    expect(opReducer<R>(IDLE, { type: "failed", reason })).toBe(IDLE);
  });

  it("goes running → progress → done, and reset returns to idle but never interrupts a run", () => {
    let s: OpState<R> = opReducer<R>(IDLE, { type: "start", progress: { fraction: 0 } });
    s = opReducer(s, { type: "progress", progress: { fraction: 0.4 } });
    expect(s).toEqual({ status: "running", progress: { fraction: 0.4 } });
    expect(opReducer(s, { type: "reset" })).toBe(s);
    s = opReducer(s, { type: "done", result: { ok: true, n: 2 } });
    expect(s).toEqual({ status: "done", result: { ok: true, n: 2 } });
    expect(opReducer(s, { type: "reset" })).toBe(IDLE);
  });
});

describe("runOperation", () => {
  it("runs the task once when fired twice before it settles", async () => {
    const guard = { current: false };
    const actions: OpAction<R>[] = [];
    let calls = 0;
    let release!: () => void;
    const task = () => {
      calls += 1;
      return new Promise<R>((resolve) => (release = () => resolve({ ok: true, n: 7 })));
    };
    const first = runOperation<Out>(guard, task, (a) => actions.push(a));
    const second = runOperation<Out>(guard, task, (a) => actions.push(a));
    expect(await second).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(calls).toBe(1);
    expect(actions.map((a) => a.type)).toEqual(["start", "done"]);
    expect(guard.current).toBe(false);
  });

  it("reports progress, a failure's reason, and turns an exception into a reason", async () => {
    const guard = { current: false };
    const actions: OpAction<R>[] = [];
    await runOperation<Out>(
      guard,
      async (onProgress) => {
        onProgress({ fraction: 0.5 });
        return { ok: false, reason };
      },
      (a) => actions.push(a),
    );
    expect(actions).toEqual([{ type: "start" }, { type: "progress", progress: { fraction: 0.5 } }, { type: "failed", reason }]);
    actions.length = 0;
    await runOperation<Out>(guard, () => Promise.reject(new Error("boom")), (a) => actions.push(a));
    expect(actions[1]).toEqual({ type: "failed", reason: { en: "Something went wrong: boom", zh: "出现意外错误：boom" } });
    expect(guard.current).toBe(false);
  });
});
