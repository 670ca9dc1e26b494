// SHA-256 as 64 lower-case hex digits (Web Crypto: browsers and Node 20), for fingerprints and checksums.
const hex = (digest: ArrayBuffer): string => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(text: string): Promise<string> {
  // The encoder's bytes are the hash's own (a backup's payload is some 8 MB): digested as they are, not copied.
  return hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** The same of raw bytes: an attached image is named by the hash of its bytes. */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  // A copy into a plain ArrayBuffer: Web Crypto refuses views of a SharedArrayBuffer.
  return hex(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}
