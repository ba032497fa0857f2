// File input/output for the CLI: reading and decoding (UTF-8 only, BOM kept aside, binary and
// UTF-16 refused with a clear message) and atomic writes (temp file in the same directory + rename,
// refusing to overwrite a file that changed on disk since it was read).
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";

/** The file-system calls the CLI makes; tests pass their own to simulate races and failures. */
export interface CliFs {
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: string, options: { flag: string; mode?: number }): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  stat(path: string): { isFile(): boolean; isDirectory(): boolean; mode: number; size: number; mtimeMs: number; nlink?: number };
  /** The path with every symbolic link resolved. */
  realpath?(path: string): string;
  /** Throws unless this process may write to the file itself (its mode, not the folder's). */
  canWrite?(path: string): void;
}

export const nodeCliFs: CliFs = {
  readFile: (p) => nodeFs.readFileSync(p),
  writeFile: (p, d, o) => nodeFs.writeFileSync(p, d, o),
  rename: (a, b) => nodeFs.renameSync(a, b),
  unlink: (p) => nodeFs.unlinkSync(p),
  stat: (p) => nodeFs.statSync(p),
  realpath: (p) => nodeFs.realpathSync.native(p),
  canWrite: (p) => nodeFs.accessSync(p, nodeFs.constants.W_OK),
};

/** A problem with one input file (exit 2). `message` is one line and names the file. */
export class InputError extends Error {
  override name = "InputError";
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ELOOP":
      return "too many symbolic links";
    case "ENAMETOOLONG":
      return "file name too long";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    default:
      return (e?.message ?? String(err)).split("\n")[0]!;
  }
}

export interface Decoded {
  /** The text without a leading BOM. */
  text: string;
  bom: boolean;
}

/** Files larger than this are refused: a résumé or packet is a few kilobytes, and parsing costs ~3 s per MB. */
export const MAX_BYTES = 1024 * 1024;

/** What a file is read as, for messages: a document (Markdown) or a ladder or config file (YAML/JSON). */
export type FileRole = "document" | "ladder" | "config";

/** Decode UTF-8 bytes; throws InputError with a one-line message naming `name`. */
export function decodeText(bytes: Uint8Array, name: string, size = bytes.length, role: FileRole = "document"): Decoded {
  if (size > MAX_BYTES) {
    const what = role === "document" ? "a résumé or packet" : role === "ladder" ? "a ladder file" : "a config file";
    throw new InputError(`${name}: too large for ${what} (${(size / 1048576).toFixed(1)} MiB; ladderlint reads files up to ${MAX_BYTES / 1048576} MiB)`);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(`${name}: UTF-16 encoded; save it as UTF-8`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`${name}: binary file (NUL byte at offset ${nul}); ladderlint reads ${role === "document" ? "Markdown" : "YAML or JSON"} text`);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    throw new InputError(`${name}: not valid UTF-8 (invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} on line ${line}); save it as UTF-8`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { text, bom };
}

// One decoder for every file: decode() without { stream: true } starts afresh each call, and a
// fatal error leaves nothing behind.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Re-encode text for writing: restore the BOM. Line endings are written exactly as they are: the fixed
 * text still holds the file's own endings, and normalising them would rewrite lines no fix touched in
 * a file with mixed endings (found by test/reliability/fix-safety.test.ts).
 */
export function encodeText(text: string, d: Pick<Decoded, "bom">): string {
  return (d.bom ? "\ufeff" : "") + text;
}

function countLines(bytes: Uint8Array, upTo: number): number {
  let n = 1;
  for (let i = 0; i < upTo && i < bytes.length; i++) if (bytes[i] === 10) n++;
  return n;
}

/** Offset of the first byte that breaks UTF-8 well-formedness. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) (need = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (need = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

export function readInput(path: string, display: string, fs: CliFs): { bytes: Uint8Array; decoded: Decoded } {
  let bytes: Uint8Array;
  try {
    const st = fs.stat(path);
    if (st.isDirectory()) throw new InputError(`${display}: is a directory`);
    // A FIFO, socket or device would block the read or never end: refuse it (reliability: bad-input matrix).
    if (!st.isFile()) throw new InputError(`${display}: not a regular file`);
    if (st.size > MAX_BYTES) decodeText(new Uint8Array(0), display, st.size);
    bytes = fs.readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${display}: ${describeFsError(err)}`);
  }
  return { bytes, decoded: decodeText(bytes, display) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

let tmpCounter = 0;

/**
 * Write `text` to `path` atomically: a temp file in the same directory, then rename over the target.
 * When `original` is given, the file on disk must still hold exactly those bytes just before the
 * rename, otherwise nothing is written and an InputError says so. Never leaves the temp file behind.
 * A symbolic link is followed (the file it points to is written; the link stays a link), a file this
 * process may not write is refused as a plain write would be, and a file with more than one hard link
 * is rewritten in place once the new text is safely on disk, so its links keep sharing it.
 */
export function writeAtomic(path: string, text: string, display: string, fs: CliFs, original?: Uint8Array): void {
  let target = path;
  let mode: number | undefined;
  let links = 1;
  try {
    target = fs.realpath ? fs.realpath(path) : path;
    const st = fs.stat(target);
    mode = st.mode & 0o777;
    links = st.nlink ?? 1;
  } catch {
    mode = undefined;
  }
  if (mode !== undefined && fs.canWrite) {
    try {
      fs.canWrite(target);
    } catch (err) {
      throw new InputError(`${display}: cannot write: ${describeFsError(err)}`);
    }
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${(tmpCounter++).toString(36)}.ladderlint-tmp`);
  try {
    fs.writeFile(tmp, text, mode === undefined ? { flag: "wx" } : { flag: "wx", mode });
  } catch (err) {
    safeUnlink(fs, tmp);
    throw new InputError(`${display}: cannot write: ${describeFsError(err)}`);
  }
  try {
    if (original) {
      let now: Uint8Array | undefined;
      try {
        now = fs.readFile(target);
      } catch {
        now = undefined;
      }
      if (!now || !sameBytes(now, original)) {
        throw new InputError(`${display}: changed on disk while ladderlint was working on it; not written`);
      }
    }
    if (links > 1) writeInPlace(fs, target, text, display, original);
    else fs.rename(tmp, target);
  } catch (err) {
    safeUnlink(fs, tmp);
    if (err instanceof InputError) throw err;
    throw new InputError(`${display}: cannot write: ${describeFsError(err)}`);
  }
  if (links > 1) safeUnlink(fs, tmp);
}

/** A hard-linked file rewritten in place; if that fails part way, its original bytes are put back. */
function writeInPlace(fs: CliFs, target: string, text: string, display: string, original: Uint8Array | undefined): void {
  try {
    fs.writeFile(target, text, { flag: "w" });
  } catch (err) {
    if (original) {
      try {
        fs.writeFile(target, UTF8.decode(original), { flag: "w" });
      } catch {
        throw new InputError(`${display}: cannot write, and the file may be incomplete: ${describeFsError(err)}`);
      }
    }
    throw new InputError(`${display}: cannot write: ${describeFsError(err)}`);
  }
}

function safeUnlink(fs: CliFs, p: string): void {
  try {
    fs.unlink(p);
  } catch {
    /* already gone */
  }
}
