export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * ASVS 5.0 (V6.2): length is what matters; no composition rules. Returns the
 * reason a password is refused, or null when it is acceptable.
 */
export function passwordProblem(password: string, username?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return 'must not contain the username';
  }
  if (new Set(password).size < 4) return 'must not be a repetition of a few characters';
  return null;
}
