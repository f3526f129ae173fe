// The JSON API with the session cookie: every change carries the CSRF token the server gave at sign-in, and every
// error becomes an ApiError with a sentence a person can read.
export class ApiError extends Error {
  /** The parsed JSON answer, for pages that show more than the sentence (an import's rejected rows). */
  constructor(readonly status: number, message: string, readonly body?: unknown) {
    super(message);
  }
}

let csrfToken = '';
let onSignedOut: () => void = () => undefined;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

type Body = { error?: string; field?: string; reason?: string; line?: number };

async function readError(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  let message = `${res.status} ${res.statusText || 'error'}`;
  let parsed: unknown;
  try {
    const body = JSON.parse(text) as Body;
    parsed = body;
    const where = [body.field, body.line !== undefined ? `line ${body.line}` : undefined].filter(Boolean).join(', ');
    const what = body.reason ?? body.error;
    if (what) message = where ? `${where}: ${what}` : what;
    if (body.error && body.reason && body.error !== 'invalid' && !where) message = body.reason;
  } catch {
    if (text && text.length < 300) message = text;
  }
  if (res.status >= 500) message = `The server could not answer (${res.status}): ${message}. Try again in a moment.`;
  if (res.status === 429) {
    const after = Number(res.headers.get('retry-after'));
    if (after > 0 && !/try again/.test(message)) message = `${message}: try again in ${Math.ceil(after / 60)} minutes`;
  }
  return new ApiError(res.status, message, parsed);
}

export async function request<T>(method: string, path: string, body?: BodyInit | object, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof Blob || body instanceof ArrayBuffer || typeof body === 'string') {
    payload = body;
    headers['content-type'] = contentType ?? 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.');
  }
  if (res.status === 401 && !path.startsWith('/api/session')) onSignedOut();
  if (!res.ok) throw await readError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const get = <T>(path: string) => request<T>('GET', path);
export const post = <T>(path: string, body?: BodyInit | object, contentType?: string) => request<T>('POST', path, body ?? {}, contentType);
export const put = <T>(path: string, body: object) => request<T>('PUT', path, body);
export const del = <T>(path: string) => request<T>('DELETE', path);

export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export type UploadProgress = { sent: number; total: number };

/**
 * POSTs a file with XMLHttpRequest so the page can show the bytes sent of the total while a large file uploads
 * (fetch reports no upload progress); `onProgress` gets every progress event and once more when all is sent, after
 * which the server is working on it. Errors become the same ApiError as `request`'s.
 */
export function upload<T>(path: string, file: Blob, contentType: string, onProgress: (p: UploadProgress) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => onProgress({ sent: file.size, total: file.size });
    xhr.onerror = () => reject(new ApiError(0, 'The server cannot be reached. Check your connection and try again.'));
    xhr.onload = () => {
      if (xhr.status === 401) onSignedOut();
      if (xhr.status >= 200 && xhr.status < 300) {
        try { resolve((xhr.status === 204 || !xhr.responseText ? undefined : JSON.parse(xhr.responseText)) as T); } catch { reject(new ApiError(xhr.status, 'The server answered with something that is not JSON.')); }
        return;
      }
      const retryAfter = xhr.getResponseHeader('retry-after');
      const res = new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers: retryAfter ? { 'retry-after': retryAfter } : {} });
      void readError(res).then(reject);
    };
    xhr.send(file);
  });
}
