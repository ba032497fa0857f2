// Pure helpers shared by the editor adapters (the VS Code extension and the language server): one
// edit between two texts, a snippet's plain text, and the bullet under a position with what it
// evidences. No vscode, no fs.
import type { Bullet, LadderSet, TextEdit } from "../core/types.js";
import { classify, type Category } from "../rules/lib/classify.js";

/** One edit that turns `before` into `after` (common prefix and suffix kept), or undefined when equal. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  // Never split a surrogate pair.
  const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  if (s > 0 && isHigh(before.charCodeAt(before.length - s - 1))) s--;
  return { start: p, end: before.length - s, text: after.slice(p, after.length - s) };
}

/** Text of a snippet with its placeholders reduced to their defaults (`${1:metric}` → `metric`). */
export function snippetPlainText(s: string): string {
  let out = s;
  for (let i = 0; i < 5; i++) out = out.replace(/\$\{\d+:([^{}]*)\}/g, "$1");
  return out.replace(/\$\{\d+\}|\$\d+/g, "").replace(/\\([$}\\])/g, "$1");
}

/** The innermost (last-starting) bullet whose range holds the offset. */
export function bulletAt(bullets: readonly Bullet[], offset: number): Bullet | undefined {
  let best: Bullet | undefined;
  for (const b of bullets) {
    if (b.start <= offset && offset <= b.end && (!best || b.start >= best.start)) best = b;
  }
  return best;
}

export interface BulletEvidence {
  /** Each competency once, with the first cue that matched it. */
  competencies: { label: string; cue: string }[];
  categories: Category[];
}

/** What a bullet shows: the competencies it evidences (outline, hover) and its categories. */
export function bulletEvidence(bullet: Bullet, ladders: LadderSet): BulletEvidence {
  const competencies: BulletEvidence["competencies"] = [];
  for (const m of ladders.evidence(bullet)) {
    if (!competencies.some((c) => c.label === m.competency.label)) competencies.push({ label: m.competency.label, cue: m.cue });
  }
  return { competencies, categories: classify(bullet.plain) };
}
