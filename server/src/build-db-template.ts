// Part of `npm run build`: writes dist/pglite-template.tar, from which a first start creates its database.
import { writePgliteTemplate } from './platform/db/database.js';

await writePgliteTemplate();
