// Names and integrity values of the files the widget's entry loads after itself (scripts/bundle.mjs).
import { createHash } from 'node:crypto';

/** The Subresource Integrity value of some bytes: SHA-384, as a script tag and fetch() take it. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A content-hashed name, `aifc-eligibility.<16 hex digits of SHA-384>.<ext>`: a new build never reuses one. */
export const hashedName = (bytes, ext) => `aifc-eligibility.${createHash('sha384').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
