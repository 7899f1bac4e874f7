/**
 * Size limits of an import. A terminal export of every A-share company's statements is a few
 * tens of thousands of rows; a million-row file is not a figure table but a dump, and building
 * a preview of it would freeze the pane: it is refused before any preview, with the count.
 */
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 1_000;

/**
 * The stored part's size limit. Excel on the web refuses a request over 5 MB, and the part is
 * written in one request (all or nothing); its text travels as JSON, so leave room.
 */
export const MAX_STORED_BYTES = 4 * 1024 * 1024;
