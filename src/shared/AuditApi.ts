// Room: shared — the audit view's use cases on window.soat: one function per entry of
// auditChannels.ts, merged into SoatApi.
import type { AuditChannel } from './auditChannels.ts';
import type { Invoke } from './SoatApi.ts';

export type AuditApi = { readonly [M in keyof typeof AuditChannel]: Invoke<(typeof AuditChannel)[M]> };
