/**
 * Excel.CustomXmlPartCollection, CustomXmlPartScopedCollection and CustomXmlPart (ExcelApi 1.5):
 * XML stored inside the workbook, which survives save and reopen — one place the add-in can
 * record what its charts are bound to.
 */
import { officeError } from "./errors";
import type { FakeHost } from "./host";
import { nextGuid, type WorkbookModel, type XmlPartModel } from "./model";
import { CollectionBase, FakeClientResult, ProxyBase, type ObjectSpec } from "./proxy";
import { xmlRootNamespace } from "./xml";

export function addXmlPart(host: FakeHost, xml: unknown, location: string): XmlPartModel {
  const parsed = xmlRootNamespace(xml);
  if ("problem" in parsed) throw officeError("InvalidArgument", `The XML is not well-formed: ${parsed.problem}`, location);
  const part: XmlPartModel = { id: nextGuid(host.model, 5), namespaceUri: parsed.namespaceUri, xml: xml as string };
  host.model.xmlParts.push(part);
  return part;
}

function byId(model: WorkbookModel, id: string, parts: readonly XmlPartModel[] = model.xmlParts): XmlPartModel | null {
  return parts.find((p) => p.id === id) ?? null;
}

export class FakeCustomXmlPartCollection extends CollectionBase<WorkbookModel, XmlPartModel, FakeCustomXmlPart> {
  protected _describe(): ObjectSpec<WorkbookModel> {
    return { className: "CustomXmlPartCollection", kind: "customXmlParts", scalars: {} };
  }
  protected _list(model: WorkbookModel): XmlPartModel[] {
    return [...model.xmlParts];
  }
  protected _wrap(item: XmlPartModel): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, { target: item });
  }

  add(xml: string): FakeCustomXmlPart {
    return this._callObject(
      "add",
      FakeCustomXmlPart,
      () => addXmlPart(this._host, xml, "CustomXmlPartCollection.add"),
      { requires: "1.5", args: xml },
    );
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return this._callObject(
      "getByNamespace",
      FakeCustomXmlPartScopedCollection,
      (model) => ({ model, namespaceUri }),
      { requires: "1.5" },
    );
  }
  getItem(id: string): FakeCustomXmlPart {
    return this._callObject(
      "getItem",
      FakeCustomXmlPart,
      (model) => {
        const part = byId(model, id);
        if (!part) throw officeError("ItemNotFound", `There is no custom XML part ${id}.`, "CustomXmlPartCollection.getItem");
        return part;
      },
      { requires: "1.5" },
    );
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return this._callObject("getItemOrNullObject", FakeCustomXmlPart, (model) => byId(model, id), { requires: "1.5" });
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (model) => model.xmlParts.length, { requires: "1.5" });
  }
}

interface Scope {
  readonly model: WorkbookModel;
  readonly namespaceUri: string;
}

export class FakeCustomXmlPartScopedCollection extends CollectionBase<Scope, XmlPartModel, FakeCustomXmlPart> {
  protected _describe(): ObjectSpec<Scope> {
    return { className: "CustomXmlPartScopedCollection", kind: "customXmlPartsScoped", scalars: {} };
  }
  protected _list(scope: Scope): XmlPartModel[] {
    return scope.model.xmlParts.filter((p) => p.namespaceUri === scope.namespaceUri);
  }
  protected _wrap(item: XmlPartModel): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, { target: item });
  }

  getItem(id: string): FakeCustomXmlPart {
    return this._callObject(
      "getItem",
      FakeCustomXmlPart,
      (scope) => {
        const part = byId(scope.model, id, this._list(scope));
        if (!part) throw officeError("ItemNotFound", undefined, "CustomXmlPartScopedCollection.getItem");
        return part;
      },
      { requires: "1.5" },
    );
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return this._callObject("getItemOrNullObject", FakeCustomXmlPart, (scope) => byId(scope.model, id, this._list(scope)), {
      requires: "1.5",
    });
  }
  /** Exactly one part in the namespace, else an error (ItemNotFound for none, InvalidOperation for several). */
  getOnlyItem(): FakeCustomXmlPart {
    return this._callObject(
      "getOnlyItem",
      FakeCustomXmlPart,
      (scope) => {
        const parts = this._list(scope);
        if (parts.length === 0) throw officeError("ItemNotFound", "There is no custom XML part in this namespace.", "CustomXmlPartScopedCollection.getOnlyItem");
        if (parts.length > 1) throw officeError("InvalidOperation", `There are ${parts.length} custom XML parts in this namespace.`, "CustomXmlPartScopedCollection.getOnlyItem");
        return parts[0]!;
      },
      { requires: "1.5" },
    );
  }
  /** Exactly one part in the namespace, else a null object. */
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return this._callObject(
      "getOnlyItemOrNullObject",
      FakeCustomXmlPart,
      (scope) => {
        const parts = this._list(scope);
        return parts.length === 1 ? parts[0]! : null;
      },
      { requires: "1.5" },
    );
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (scope) => this._list(scope).length, { requires: "1.5" });
  }
}

export class FakeCustomXmlPart extends ProxyBase<XmlPartModel> {
  protected _describe(): ObjectSpec<XmlPartModel> {
    return {
      className: "CustomXmlPart",
      kind: "customXmlPart",
      alive: (p) => this._host.model.xmlParts.includes(p),
      scalars: {
        id: { requires: "1.5", read: (p) => p.id },
        namespaceUri: { requires: "1.5", read: (p) => p.namespaceUri },
      },
    };
  }

  get id(): string {
    return this._get("id");
  }
  get namespaceUri(): string {
    return this._get("namespaceUri");
  }

  getXml(): FakeClientResult<string> {
    return this._callResult("getXml", (p) => p.xml, { requires: "1.5" });
  }
  setXml(xml: string): void {
    this._call(
      "setXml",
      (p) => {
        const parsed = xmlRootNamespace(xml);
        if ("problem" in parsed) throw officeError("InvalidArgument", `The XML is not well-formed: ${parsed.problem}`, "CustomXmlPart.setXml");
        p.xml = xml;
        p.namespaceUri = parsed.namespaceUri;
      },
      { requires: "1.5", args: xml },
    );
  }
  delete(): void {
    this._call(
      "delete",
      (p) => {
        this._host.model.xmlParts = this._host.model.xmlParts.filter((x) => x !== p);
      },
      { requires: "1.5" },
    );
  }
}
