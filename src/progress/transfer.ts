// Moving the record to another device as a short text to paste into a chat or a note:
// "asn1." + base64url(deflate(JSON)) + "." + checksum. The checksum is not a secret: it only
// catches a text that was cut, edited or mistyped, which is then refused whole.
import { keepValid, readProgress } from './import-check';
import type { Progress } from './model';

const PREFIX = 'asn1';

export const IMPORT_ERRORS = {
  foreign: '이 사이트에서 내보낸 기록이 아니에요. "asn1."로 시작하는 글 전체를 붙여 넣어 주세요.',
  damaged: '기록 글이 잘렸거나 바뀌었어요. 내보낸 글을 고치지 말고 그대로 붙여 넣어 주세요.',
} as const;

export type ImportResult = { progress: Progress } | { error: string };

/** FNV-1a, 32 bits, as 8 hex digits. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));

/** Any JSON text as an "asn1." text (exportText's format). */
export async function packText(json: string): Promise<string> {
  const body = toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  return `${PREFIX}.${body}.${checksum(body)}`;
}

export const exportText = (progress: Progress): Promise<string> => packText(JSON.stringify(keepValid(progress)));

export async function importText(text: string): Promise<ImportResult> {
  // Chat apps and notes may wrap a long line.
  const match = new RegExp(`^${PREFIX}\\.([A-Za-z0-9_-]+)\\.([0-9a-f]{8})$`).exec(text.replace(/\s+/g, ''));
  if (!match) return { error: IMPORT_ERRORS.foreign };
  const [, body, sum] = match;
  if (checksum(body!) !== sum) return { error: IMPORT_ERRORS.damaged };
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(body!), new DecompressionStream('deflate-raw')));
    const progress = readProgress(JSON.parse(json));
    return progress ? { progress } : { error: IMPORT_ERRORS.damaged };
  } catch {
    return { error: IMPORT_ERRORS.damaged };
  }
}
