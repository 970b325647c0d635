// Regenerates the permission table (src/domain/auth/roles.ts) and the route access table
// (src/http/route-access.ts) in docs/security.md.
import fs from 'node:fs';
import { replacePermissionTable } from '../src/domain/auth/permission-doc.ts';
import { replaceRouteTable } from '../src/http/route-access-doc.ts';

const file = new URL('../docs/security.md', import.meta.url);
fs.writeFileSync(file, replaceRouteTable(replacePermissionTable(fs.readFileSync(file, 'utf8'))));
console.log('docs/security.md updated');
