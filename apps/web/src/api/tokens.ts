/** The signed-in session's tokens, kept in this browser's localStorage. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

const KEY = 'cadre-assessment.tokens';

export const tokens = {
  get(): TokenPair | null {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<TokenPair>;
      return parsed.accessToken && parsed.refreshToken ? { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken } : null;
    } catch {
      return null;
    }
  },
  set(pair: TokenPair): void {
    localStorage.setItem(KEY, JSON.stringify({ accessToken: pair.accessToken, refreshToken: pair.refreshToken }));
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
};
