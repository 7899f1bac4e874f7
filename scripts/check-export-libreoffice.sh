#!/usr/bin/env bash
# Checks the xlsx export against a second spreadsheet engine, by hand (the vitest suite checks
# the same files with HyperFormula; test/xlsx/print.test.ts prints every company with LibreOffice).
#
#   scripts/check-export-libreoffice.sh [company ...]     (default: 300015.SZ 688271.SH)
#   scripts/check-export-libreoffice.sh --pages [company ...|--all]   (default: 300015.SZ)
#
# --pages: export each company in Chinese and English, print it to PDF with LibreOffice, count
# the pages (pdfinfo) and render them to PNG (pdftoppm) in screenshots/export/ to look at
# (screenshots/ is not committed). Needs poppler-utils besides LibreOffice.
#
# For each company and language: export; recalculate in LibreOffice headless with
# recalculation forced (a profile with OOXMLRecalcMode = 0: LibreOffice otherwise keeps the
# cached results it finds); compare every formula cell with the cached result. Then the same
# with every cached result poisoned first, which only passes if LibreOffice really recalculated.
# Needs: apt-get install -y --no-install-recommends libreoffice-calc-nogui
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2; exit 2; }

if [ "${1:-}" = "--pages" ]; then
  shift
  command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install -y --no-install-recommends poppler-utils" >&2; exit 2; }
  companies=("$@")
  [ ${#companies[@]} -gt 0 ] || companies=(300015.SZ)
  if [ "${companies[0]}" = "--all" ]; then mapfile -t companies < <(node_modules/.bin/tsx scripts/export.ts --list | cut -f1); fi
  out="$root/screenshots/export"
  work="$(mktemp -d /tmp/capcycle-lo-pages.XXXXXX)"
  mkdir -p "$out"
  files=()
  for company in "${companies[@]}"; do
    for lang in zh en; do
      name="$(printf '%s' "$company" | tr -c 'A-Za-z0-9._-' '_')-$lang"
      node_modules/.bin/tsx scripts/export.ts --company "$company" --lang "$lang" --out "$work/$name.xlsx" >/dev/null
      files+=("$work/$name.xlsx")
    done
  done
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "${files[@]}" >/dev/null 2>&1
  for f in "${files[@]}"; do
    name="$(basename "$f" .xlsx)"
    rm -f "$out/$name"-*.png
    pdftoppm -png -r 110 "$work/$name.pdf" "$out/$name"
    echo "$name: $(pdfinfo "$work/$name.pdf" | awk '/^Pages:/{print $2}') page(s), $(stat -c %s "$f") bytes → $out/$name-*.png"
  done
  rm -rf "$work"
  exit 0
fi

companies=("$@")
[ ${#companies[@]} -gt 0 ] || companies=(300015.SZ 688271.SH)
work="$(mktemp -d /tmp/capcycle-lo-check.XXXXXX)"
profile="$work/profile"
mkdir -p "$profile/user" "$work/in" "$work/out"
cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

tsx() { node_modules/.bin/tsx "$@"; }

echo "LibreOffice: $(soffice --version 2>/dev/null | head -1)"
files=()
for company in "${companies[@]}"; do
  for lang in en zh; do
    name="$(printf '%s' "$company" | tr -c 'A-Za-z0-9._-' '_')-$lang"
    summary="$(tsx scripts/export.ts --company "$company" --lang "$lang" --out "$work/in/$name.xlsx")"
    echo "${summary%%$'\n'*}"
    tsx scripts/compare-xlsx.ts poison "$work/in/$name.xlsx" "$work/in/$name.poisoned.xlsx" >/dev/null
    files+=("$work/in/$name.xlsx" "$work/in/$name.poisoned.xlsx")
  done
done

soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx --outdir "$work/out" "${files[@]}" >/dev/null 2>&1
status=0
for f in "${files[@]}"; do
  base="$(basename "$f")"
  original="${f/.poisoned/}"
  if [[ "$base" == *.poisoned.xlsx ]]; then label="poisoned cache, recalculated:"; else label="recalculated:"; fi
  echo -n "$label "
  tsx scripts/compare-xlsx.ts compare "$original" "$work/out/$base" || status=1
done

# Control: without the profile LibreOffice keeps cached values, so the poisoned file must NOT match.
mkdir -p "$work/control"
first_poisoned="${files[1]}"
soffice -env:UserInstallation="file://$work/plain-profile" --headless --convert-to xlsx --outdir "$work/control" "$first_poisoned" >/dev/null 2>&1
echo -n "control (default profile, poisoned cache): "
if tsx scripts/compare-xlsx.ts compare "${first_poisoned/.poisoned/}" "$work/control/$(basename "$first_poisoned")" >"$work/control.txt"; then
  echo "matched — LibreOffice recalculated without being asked; the check above proves less than it claims"
else
  echo "mismatch as expected ($(head -1 "$work/control.txt" | sed 's/.*match after recalculation, //'))"
fi

[ "$status" -eq 0 ] && echo "OK: LibreOffice recalculation equals every cached result, no formula errors." || echo "FAILED: see above."
echo "(files in $work)"
exit "$status"
