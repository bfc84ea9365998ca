// Expected failures in services are values, never exceptions (STYLE.md: zod's results are the
// model). `code` is for programs and tests; `message` is Vietnamese, for the person.

export interface ServiceError {
  code: string;
  message: string;
}

export type Result<T, E extends ServiceError = ServiceError> =
  | { ok: true; value: T }
  | { ok: false; error: E };
