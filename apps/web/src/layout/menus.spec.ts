import { hasPermission } from '@app/domain/auth/permissions';
import { ALL_ROLES } from '@app/domain/auth/role';
import { MENUS } from './menus';

describe('the web console\'s menus', () => {
  it('give every role a page, and only pages whose API the role may call', () => {
    for (const role of ALL_ROLES) {
      expect(MENUS[role].length).toBeGreaterThan(0);
      for (const entry of MENUS[role]) expect({ role, path: entry.path, allowed: hasPermission(role, entry.needs) }).toEqual({ role, path: entry.path, allowed: true });
    }
  });

  it('name each page once per menu', () => {
    for (const role of ALL_ROLES) expect(new Set(MENUS[role].map((e) => e.path)).size).toBe(MENUS[role].length);
  });
});
