/** The fingerprint of the engine's checks (src/domain), 16 hex digits. */
export function lineChecksStamp(root: string): string;
