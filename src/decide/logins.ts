// Logins as GitHub treats them: case-insensitive, bots spelled with a `[bot]` suffix (REST style).

const BOT_SUFFIX = /\[bot\]\s*$/i;

/** The form logins are compared in. */
export function loginKey(login: string): string {
  return login.trim().toLowerCase();
}

export function sameLogin(a: string, b: string): boolean {
  return loginKey(a) === loginKey(b);
}

/** A bot is flagged by the API or spelled like one (`renovate[bot]`). */
export function isBotLogin(login: string, flagged = false): boolean {
  return flagged || BOT_SUFFIX.test(login);
}

/** `login` appears in `list`, case-insensitively. */
export function listed(list: readonly string[], login: string): boolean {
  const key = loginKey(login);
  return list.some((entry) => loginKey(entry) === key);
}
