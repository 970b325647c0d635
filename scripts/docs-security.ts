// Regenerates the permission table in docs/security.md from src/domain/auth/roles.ts.
import fs from 'node:fs';
import { replacePermissionTable } from '../src/domain/auth/permission-doc.ts';

const file = new URL('../docs/security.md', import.meta.url);
fs.writeFileSync(file, replacePermissionTable(fs.readFileSync(file, 'utf8')));
console.log('docs/security.md updated');
