import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPermissionTable, replacePermissionTable } from './permission-doc.ts';

describe('docs/security.md', () => {
  it('shows the permission table the code enforces (run npm run docs:security after changing roles.ts)', () => {
    const document = fs.readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');
    expect(document).toContain(renderPermissionTable());
    expect(replacePermissionTable(document)).toBe(document);
  });
});
