// `npm run size`: each entry's first-load JavaScript (gzip) against its budget; see scripts/first-load.mjs.
import { ENTRIES, firstLoadFiles } from './scripts/first-load.mjs';

export default ENTRIES.map((entry) => ({
  name: entry.name,
  path: firstLoadFiles(entry),
  limit: entry.limit,
  gzip: true,
}));
