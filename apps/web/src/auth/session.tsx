import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, whenSessionEnds } from '../api/client';
import type { components } from '../api/schema';
import { tokens } from '../api/tokens';
import type { Role } from '@app/domain/auth/role';

/** The signed-in user; the API's role string as the domain's Role (the same values). */
export type User = Omit<components['schemas']['UserResponse'], 'role'> & { role: Role };

interface Session {
  /** undefined while the stored session is being checked; null when signed out. */
  user: User | null | undefined;
  /** Signs in; answers the API's refusal (its body) when refused. */
  login(username: string, password: string): Promise<{ ok: true } | { ok: false; status: number; error: unknown }>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(tokens.get() ? undefined : null);

  const loadUser = useCallback(async () => {
    // Unreachable or refused: signed out (the login page says why when it is tried again).
    const data = await api.GET('/api/auth/me').then(({ data: me }) => me, () => undefined);
    setUser(data ? (data as User) : null);
  }, []);

  useEffect(() => {
    whenSessionEnds(() => setUser(null));
    if (tokens.get()) void loadUser();
  }, [loadUser]);

  const login = useCallback<Session['login']>(
    async (username, password) => {
      const { data, error, response } = await api.POST('/api/auth/login', { body: { username, password } });
      if (!data) return { ok: false, status: response.status, error };
      tokens.set(data);
      await loadUser();
      return { ok: true };
    },
    [loadUser],
  );

  const logout = useCallback(async () => {
    // The session ends on the server too, so the tokens stop working even if copied.
    await api.POST('/api/auth/logout').catch(() => undefined);
    tokens.clear();
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, login, logout }), [user, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user, inside pages that only render signed in. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser while signed out');
  return user;
}
