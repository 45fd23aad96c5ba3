// Apart from the document layer every page loads: only the "Your data" page and the backup code need it.

/**
 * Where a browser keeps the documents of the backup it last restored (not a document itself):
 * what it and the device that made that backup both started from, so that the next merge
 * between them can tell which side changed what. Backups carry it as their `base`; "delete
 * everything" removes it with the rest.
 */
export const LAST_RESTORED_KEY = 'last-restored';
