// Types for bench/corpus.mjs (the deterministic résumé/packet generator), for TypeScript tests and scripts.
export type Layout =
  | "company-title-dates"
  | "title-dash-company"
  | "pipe"
  | "h2-comma"
  | "setext"
  | "sub-heading"
  | "paragraph"
  | "emoji"
  | "title-colon";
export const LAYOUTS: readonly Layout[];
export function prng(seed: number): { next(): number; int(n: number): number; pick<T>(arr: readonly T[]): T; chance(p: number): boolean };
/** A résumé of about `targetBytes` (default 4096) UTF-8 bytes; the layout defaults to one picked from the seed. */
export function generateResume(seed: number, layout?: Layout, targetBytes?: number): string;
/** The same résumé with its Experience section repeated `times` times. */
export function generateScaledResume(seed: number, times: number, layout?: Layout): string;
/** A first-person promotion packet of about `targetBytes` (default 40960) UTF-8 bytes. */
export function generatePacket(seed: number, targetBytes?: number): string;
export interface CorpusFile {
  name: string;
  text: string;
}
export function generateCorpus(options?: { resumes?: number; packets?: number; series?: number[]; seed?: number }): {
  resumes: CorpusFile[];
  packets: CorpusFile[];
  series: (CorpusFile & { times: number })[];
};
