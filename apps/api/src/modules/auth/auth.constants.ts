export const JWT_ISSUER = 'cadre-assessment';
export const JWT_AUDIENCE = 'cadre-assessment-api';
export const JWT_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** A refresh token lives a working day; each use replaces it. */
export const REFRESH_TOKEN_TTL_SECONDS = 12 * 60 * 60;
/** However often it is refreshed, a login ends after a week. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_FAILURE_WINDOW_SECONDS = 60;
