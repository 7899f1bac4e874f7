/** Validation and normalisation of format values the way Excel reports them back. */
import { officeError } from "./errors";

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkblue: "#00008B",
  navy: "#000080",
};

/** "#rgb", "#rrggbb" or an HTML colour name → "#RRGGBB"; "" resets to the default (undefined). */
export function normalizeColor(value: unknown, location: string): string | undefined {
  if (value === "") return undefined;
  if (typeof value === "string") {
    const named = NAMED_COLORS[value.toLowerCase()];
    if (named) return named;
    if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
    if (/^#[0-9a-f]{3}$/i.test(value)) return `#${[...value.slice(1)].map((ch) => ch + ch).join("")}`.toUpperCase();
  }
  throw officeError("InvalidArgument", `${JSON.stringify(value)} is not a colour Excel accepts.`, location);
}

export function oneOf<V extends string>(value: unknown, allowed: readonly V[], location: string): V {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as V;
  throw officeError("InvalidArgument", `${JSON.stringify(value)} is not one of ${allowed.join(", ")}.`, location);
}

export function finiteNumber(value: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= min && value <= max) return value;
  throw officeError("InvalidArgument", `${JSON.stringify(value)} is not a number from ${min} to ${max}.`, location);
}

export function bool(value: unknown, location: string): boolean {
  if (typeof value === "boolean") return value;
  throw officeError("InvalidArgument", `${JSON.stringify(value)} is not true or false.`, location);
}

/** Excel.HorizontalAlignment and Excel.VerticalAlignment (learn.microsoft.com/javascript/api/excel/excel.horizontalalignment, …/excel.verticalalignment). */
export const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"] as const;
export const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
export const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"] as const;
export const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;
export const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"] as const;
