// Exit codes, the same for every command: scripts and CI read them.
export const EXIT = {
  ok: 0,
  /** Reserved for `check`: the draft has errors. */
  findings: 1,
  /** The input was refused: missing or unreadable file, unknown command or option. */
  badInput: 2,
  /** A bug in Soát: the message asks the user to report it. */
  internal: 3,
} as const;
