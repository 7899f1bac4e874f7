/** The seed-group id imported companies carry in the dataset: a module of its own, so the start-up reader does not pull in the preview. */
export const IMPORTED_GROUP = "imported";
