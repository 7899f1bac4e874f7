/**
 * Size limits of an import. A terminal export of every A-share company's statements is a few
 * tens of thousands of rows; a million-row file is not a figure table but a dump, and building
 * a preview of it would freeze the pane: it is refused before any preview, with the count.
 */
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 1_000;
