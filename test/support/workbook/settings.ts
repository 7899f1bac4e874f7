/** Excel.SettingCollection and Setting (ExcelApi 1.4): key/value pairs saved in the workbook, values as JSON. */
import { officeError } from "./errors";
import type { WorkbookModel } from "./model";
import { CollectionBase, FakeClientResult, ProxyBase, type ObjectSpec } from "./proxy";

interface SettingTarget {
  readonly model: WorkbookModel;
  readonly key: string;
}

function json(value: unknown, location: string): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw officeError("InvalidArgument", "A setting's value must be JSON-serializable.", location);
  return text;
}

export class FakeSettingCollection extends CollectionBase<WorkbookModel, SettingTarget, FakeSetting> {
  protected _describe(): ObjectSpec<WorkbookModel> {
    return { className: "SettingCollection", kind: "settings", scalars: {} };
  }
  protected _list(model: WorkbookModel): SettingTarget[] {
    return [...model.settings.keys()].map((key) => ({ model, key }));
  }
  protected _wrap(item: SettingTarget): FakeSetting {
    return new FakeSetting(this.context, { target: item });
  }

  add(key: string, value: unknown): FakeSetting {
    return this._callObject(
      "add",
      FakeSetting,
      (model) => {
        if (typeof key !== "string" || key === "") throw officeError("InvalidArgument", "A setting key must be non-empty text.", "SettingCollection.add");
        model.settings.set(key, json(value, "SettingCollection.add"));
        return { model, key };
      },
      { requires: "1.4", args: [key, value] },
    );
  }
  getItem(key: string): FakeSetting {
    return this._callObject(
      "getItem",
      FakeSetting,
      (model) => {
        if (!model.settings.has(key)) throw officeError("ItemNotFound", `There is no setting "${key}".`, "SettingCollection.getItem");
        return { model, key };
      },
      { requires: "1.4" },
    );
  }
  getItemOrNullObject(key: string): FakeSetting {
    return this._callObject("getItemOrNullObject", FakeSetting, (model) => (model.settings.has(key) ? { model, key } : null), {
      requires: "1.4",
    });
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (model) => model.settings.size, { requires: "1.4" });
  }
}

export class FakeSetting extends ProxyBase<SettingTarget> {
  protected _describe(): ObjectSpec<SettingTarget> {
    return {
      className: "Setting",
      kind: "setting",
      alive: (t) => t.model.settings.has(t.key),
      scalars: {
        key: { requires: "1.4", read: (t) => t.key },
        value: {
          requires: "1.4",
          read: (t) => JSON.parse(t.model.settings.get(t.key) ?? "null") as unknown,
          write: (t, v) => t.model.settings.set(t.key, json(v, "Setting.value")),
        },
      },
    };
  }

  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v);
  }

  delete(): void {
    this._call("delete", (t) => t.model.settings.delete(t.key), { requires: "1.4" });
  }
}
