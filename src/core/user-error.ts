/**
 * A failure the user can act on (an unreadable file, a bad config, a wrong option): its message is one Chinese
 * line meant for them. The CLI prints it and exits 2 without naming it an internal error.
 */
export class UserError extends Error {}
