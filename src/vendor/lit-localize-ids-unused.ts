// Stands in for @lit/localize's id generation in the built site. lit-localize hashes a message's
// text into an id (FNV-1a, 64 bits) only when a msg() call gives none; every call of ours gives
// one (test/unit/catalogue.test.ts, "every msg() call in src/ has an explicit id"), so the hash
// would be dead weight in the reader's first download. vite.config.ts aliases lit-localize's
// './id-generation.js' here; tests and the build's own rendering use the real one.

/** Never called: a msg() without an id is a bug the catalogue test reports. */
export function generateMsgId(): never {
  throw new Error('Every message needs an explicit { id } (see src/i18n/msg.ts).');
}
