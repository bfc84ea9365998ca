// The browser harness's wire format: JSON, with Uint8Array (a file's bytes) carried as
// {"$bytes": base64}. Electron's IPC clones bytes as they are; HTTP needs this one extra rule.
// Used on both sides: the bridge server (Node) and window.soat over fetch (the page).

const BYTES = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES]: toBase64(v) } : v));
}

export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const record = v as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && keys[0] === BYTES && typeof record[BYTES] === 'string') return fromBase64(record[BYTES]);
    }
    return v;
  });
}

/** What the bridge answers: the channel's answer, or why the request was refused. */
export type WireAnswer = { ok: true; value: unknown } | { ok: false; message: string };
