/**
 * Functions added to Excel after 2007 are stored in the file with a `_xlfn.` prefix
 * (`_xlfn.RRI(...)`, `_xlfn.IFNA(...)`); the dynamic-array FILTER and SORT also carry
 * `_xlws.`. Excel shows such a formula without the prefix, but a file that omits it opens
 * with #NAME? in Excel and is not recognised by LibreOffice. The formulas users see (and the
 * plans hold) never carry the prefix: it is added here on the way into the file and removed
 * on the way back (for the test engine, which does not know it).
 *
 * The portable templates use only Excel 2007 functions today (IF, OR, AND, ABS, NA); this is
 * here so a future portable formula (RRI for CAGR, IFNA) is written the way Excel stores it.
 */

/** Functions Excel stores as `_xlfn.NAME` (Microsoft: "_xlfn. prefix is displayed in front of a formula"). */
const FUTURE_FUNCTIONS = new Set(
  `ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE
   BINOM.INV BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE
   CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT
   CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL DROP
   ENCODEURL ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST
   FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY
   FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS
   GROUPBY HSTACK HYPGEOM.DIST IFNA IFS IMAGE IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN
   ISFORMULA ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS
   MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST
   NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTOF PERCENTRANK.EXC
   PERCENTRANK.INC PERMUTATIONA PHI PIVOTBY POISSON.DIST QUARTILE.EXC QUARTILE.INC RANDARRAY
   RANK.AVG RANK.EQ REDUCE REGEXEXTRACT REGEXREPLACE REGEXTEST RRI SCAN SEC SECH SEQUENCE SHEET
   SHEETS SINGLE SKEW.P SORTBY STDEV.P STDEV.S STOCKHISTORY SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV
   T.INV.2T T.TEST TAKE TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE
   VALUETOTEXT VAR.P VAR.S VSTACK WEBSERVICE WEIBULL.DIST WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP
   XMATCH XOR Z.TEST`.split(/\s+/),
);

/** Dynamic-array functions stored as `_xlfn._xlws.NAME`. */
const WORKSHEET_FUNCTIONS = new Set(["FILTER", "SORT"]);

const IDENT = /[A-Za-z0-9_.]/;

/**
 * Calls each function name (an identifier directly followed by "(") outside string literals
 * and quoted sheet names, so text such as `"IFS("` is never touched.
 */
function mapFunctionNames(formula: string, map: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // A literal or quoted sheet name; a doubled quote is an escaped quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch) && (i === 0 || !IDENT.test(formula[i - 1]!))) {
      let j = i;
      while (j < formula.length && IDENT.test(formula[j]!)) j++;
      const name = formula.slice(i, j);
      out += formula[j] === "(" ? map(name) : name;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The formula as Excel stores it: newer functions prefixed (`RRI(` → `_xlfn.RRI(`); idempotent. */
export function withXlfnPrefixes(formula: string): string {
  return mapFunctionNames(formula, (name) => {
    const upper = name.toUpperCase();
    if (upper.startsWith("_XLFN.")) return name;
    if (WORKSHEET_FUNCTIONS.has(upper)) return `_xlfn._xlws.${name}`;
    return FUTURE_FUNCTIONS.has(upper) ? `_xlfn.${name}` : name;
  });
}

/** The formula as users see it (prefixes removed). */
export function withoutXlfnPrefixes(formula: string): string {
  return mapFunctionNames(formula, (name) => name.replace(/^_xlfn\.(?:_xlws\.)?/i, ""));
}
