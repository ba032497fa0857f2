// vague-quantity: "significantly", "many", "various", "a lot of"… where a number belongs.
import { defineRule } from "../core/rule.js";
import type { Bullet, Doc, Fix } from "../core/types.js";
import data from "./data/vague.json";
import { BOLD_HEADLINE_RE, isNarrative, achievementBullets, earlyCareer, guidanceOf, sentenceHolding, tokensOf } from "./lib/doc.js";
import { beforeLeadCareer } from "./lib/lead.js";
import { inWish, removeWordEdit } from "./lib/prose.js";
import { compilePhrases, findPhrases, type PhraseMatch } from "./lib/words.js";
import { countsNothing, membersNamed, othersWork } from "./lib/vague.js";
import { hasFigure } from "./lib/figures.js";

const meta = {
  id: "vague-quantity",
  description: "Vague quantities (significantly, many, various, a lot of…) where a number belongs.",
  defaultSeverity: "warning" as const,
  guidance: "Deliver the numbers",
  scope: ["word" as const],
  fixable: ["suggestion" as const, "snippet" as const],
  // The most specific of the three checks that read such words: its finding is the one kept.
  supersedes: ["prose/weasel", "prose/adverb"],
};

const KIND = new Map(data.words.map((w) => [w.phrase, w.kind]));
const KIND_WORDS = new Set(data.kindWords);

const FIRST_PERSON_RE = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d)|me|my)(?![\p{L}'’])/u;
const WORDS = compilePhrases(data.words.map((w) => w.phrase));
const MODALS = new Set(data.modals);
/** How many words after a vague word a modal makes it a hypothetical's subject. */
const MODAL_WINDOW = 4;

/** True when a modal ("would", "could") follows the vague word within a few words: "multiple regions would double…". */
function hypothetical(tokens: ReturnType<typeof tokensOf>, after: number): boolean {
  for (let i = after; i < Math.min(tokens.length, after + MODAL_WINDOW); i++) if (MODALS.has(tokens[i]!.lower)) return true;
  return false;
}
const EXCEPTIONS = compilePhrases([...data.exceptions, ...data.notSizes]);

/**
 * True when the vague word's noun phrase is the subject of a perfect tense right after it ("a problem
 * multiple teams across the company have been trying to solve", "many users had asked for it"): what
 * others did or wanted, the context of the writer's claim, not a size it claims (issue 26's draws: right
 * for 3 judges of 13).
 */
function othersDid(tokens: ReturnType<typeof tokensOf>, after: number): boolean {
  for (let i = after; i < Math.min(tokens.length, after + PERFECT_WINDOW); i++) {
    const w = tokens[i]!.lower;
    if (RELATIVES.has(w)) return false;
    if (w === "have" || w === "has" || w === "had") {
      const next = tokens[i + 1]?.lower === "already" || tokens[i + 1]?.lower === "long" ? tokens[i + 2] : tokens[i + 1];
      return !!next && (next.lower === "been" || /^\p{L}{3,}ed$/u.test(next.lower));
    }
  }
  return false;
}
const PERFECT_WINDOW = 5;
const RELATIVES = new Set(["that", "which", "who", "whom", "whose", "i", "we"]);

/** True when the bullet opens with a bold headline that carries a figure and `at` is after it. */
function headlineFigure(doc: Doc, bullet: Bullet, at: number): boolean {
  // The bullet's span may start inside the emphasis (as long-bullet's headlineWords reads it).
  const from = doc.text.startsWith("**", bullet.bodyStart - 2) || doc.text.startsWith("__", bullet.bodyStart - 2) ? bullet.bodyStart - 2 : bullet.bodyStart;
  const m = BOLD_HEADLINE_RE.exec(doc.text.slice(from, bullet.end));
  return !!m && at >= from + m[0].length && hasFigure(m[2]!);
}

export default defineRule({
  meta,
  check(ctx) {
    const { doc } = ctx;
    for (const bullet of achievementBullets(doc)) {
      // Narrative paragraphs of a brag document or year in review ("met many people") are not claims
      // that need a number; its list items are.
      if (isNarrative(ctx.kind, bullet)) continue;
      // A role that ended over ten years before the latest one: a count there weighs little with a
      // reader (issue 26's judged draw after-9: a 1998 and a 2007 role), as for quantified-impact's share;
      // so does an individual contributor's role before the lead roles (beforeLeadCareer).
      if (bullet.role && (earlyCareer(doc, bullet.role) || beforeLeadCareer(doc, bullet.role))) continue;
      const tokens = tokensOf(bullet);
      let figure: boolean | undefined; // whether the bullet carries a figure, found when asked
      let exceptions: PhraseMatch[] | undefined; // found when there is a vague word to except
      for (const m of findPhrases(tokens, WORDS)) {
        exceptions ??= findPhrases(tokens, EXCEPTIONS);
        if (exceptions.some((e) => m.first < e.last && e.first < m.last)) continue;
        const start = bullet.start + m.start;
        const end = bullet.start + m.end;
        const word = doc.text.slice(start, end);
        const kind = KIND.get(m.phrase.source);
        // "various industries, including finance and media", "significant gains, such as faster reviews":
        // the reader sees what the word stands for.
        if (membersNamed(bullet.text, m.end)) continue;
        // "retrying from multiple regions would double the load": a hypothetical, not a claim
        // of what was done.
        if (hypothetical(tokens, m.last) || othersDid(tokens, m.last)) continue;
        // "…, and I hope it helps many others": a wish, no claim either (see prose/weasel).
        if (inWish(bullet.text, m.start, m.end)) continue;
        // "many critical portions of the codebase", "various aspects": no unit a reader would count.
        if (kind === "count" && countsNothing(bullet.text, m.end)) continue;
        // In a brag document or year in review, a sentence in the writer's own voice ("I spent a significant
        // amount of time on…", "I've met a bunch of people") tells the year, not a claim to size.
        const sentence = sentenceHolding(doc, bullet, start, end);
        if (ctx.kind === "promo" && sentence && FIRST_PERSON_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
        // "Internally, Matt made several pipelines for …": in a brag document or year in review, a sentence
        // whose subject is someone else tells their work, not a claim of the writer's to size (issue 26's
        // draw after-32: a colleague thanked in a year review, wrong or debatable for both judges).
        if (ctx.kind === "promo" && othersWork(doc, bullet, start, end)) continue;
        // "Ran 130+ interviews for a variety of roles": a mix of kinds beside the figure that sizes the claim.
        if (KIND_WORDS.has(m.phrase.source) && (figure ??= hasFigure(bullet.text))) continue;
        // "a tremendous success, reducing breakage from 50% to 0%": the figure follows in the same sentence
        // (one before it, "84 items, dramatically reducing…", is not the size the word claims).
        if (kind === "intensifier" && sentence && hasFigure(doc.text.slice(end, sentence.end))) continue;
        // "**Retired the noisy disk alerts, removing an estimated 30 pages a month.** … which
        // dramatically cut …": an entry whose bold headline carries the figure; its body tells the same
        // change (judged draws after-11 and after-14: wrong both times).
        if (kind === "intensifier" && headlineFigure(doc, bullet, start)) continue;
        const fixes: Fix[] = [];
        let message: string;
        if (kind === "count") {
          message = `"${word}" stands where a number belongs; say how many ("12 services", "4 teams") so the reader can weigh it.`;
          fixes.push({ title: `Replace "${word}" with a number`, kind: "snippet", edits: [{ start, end, text: "${1:N}" }] });
        } else {
          message = `"${word}" claims size without showing it; replace it with the figure ("by 40%", "from 3 days to 4 hours").`;
          fixes.push({ title: `Remove "${word}" (then add the figure)`, kind: "suggestion", edits: [removeWordEdit(doc, start, end)] });
        }
        ctx.report({ start, end, message, fixes, competency: guidanceOf(meta) });
      }
    }
  },
});
