/** Feed files are larger than any other request: imports get their own body limit. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The import routes, which the app's default 64 KB limit leaves to MAX_IMPORT_BYTES. */
export const IMPORT_PATH = /^\/api\/staff\/(vacancies|courses|events)\/import\/?$/;
