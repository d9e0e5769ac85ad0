export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a password is refused: for the API's message, and in Chinese for the person choosing it. */
export interface PasswordRefusal {
  message: string;
  inChinese: string;
}

/**
 * ASVS 5.0 (V6.2): length is what matters; no composition rules. Returns why a
 * password is refused, or null when it is acceptable.
 */
export function checkPassword(password: string, username?: string): PasswordRefusal | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { message: `must be at least ${PASSWORD_MIN_LENGTH} characters`, inChinese: `至少 ${PASSWORD_MIN_LENGTH} 个字符` };
  if (length > PASSWORD_MAX_LENGTH) return { message: `must be at most ${PASSWORD_MAX_LENGTH} characters`, inChinese: `最多 ${PASSWORD_MAX_LENGTH} 个字符` };
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return { message: 'must not contain the username', inChinese: '不能包含用户名' };
  }
  if (new Set(password).size < 4) return { message: 'must not be a repetition of a few characters', inChinese: '不能只是少数几个字符的重复' };
  return null;
}

/** The reason a password is refused (the API's words), or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  return checkPassword(password, username)?.message ?? null;
}
