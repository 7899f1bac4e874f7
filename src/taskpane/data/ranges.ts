/** Chart source addresses, shortened for reading in the pane. */
/**
 * A series source as a person reads it: "='Aier Eye 300015.SZ'!$M$12:$M$17" on that same
 * sheet → "M12:M17" (the full address stays in the item's tooltip).
 */
export function shortRange(address: string, sheet: string): string {
  let a = address.trim().replace(/^=/, "");
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  if (a.startsWith(quoted)) a = a.slice(quoted.length);
  else if (a.startsWith(`${sheet}!`)) a = a.slice(sheet.length + 1);
  return a.replace(/\$/g, "");
}
