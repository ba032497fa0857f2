// we-not-me: show impact on others, not solo "I did this"; in a promo packet, also say what *you*
// did when a bullet only reports a team outcome ("We shipped X" → "We shipped X; I drove Y").
import { defineRule } from "../core/rule.js";
import type { Bullet, Fix } from "../core/types.js";
import data from "./data/impact.json";
import { isNarrative, achievementBullets, categoriesOf, guidanceOf, tokensOf } from "./lib/doc.js";
import { pronouns } from "./lib/pronouns.js";
import { compilePhrases, hasPhrase, matchAtToken } from "./lib/words.js";
import { findClaim } from "./lib/claims.js";
import { hasFigure } from "./lib/figures.js";

const meta = {
  id: "we-not-me",
  description: "First-person bullets that show no effect on others, team outcomes (\"We shipped…\") with no part of yours, and documents where few bullets show impact on others.",
  defaultSeverity: "warning" as const,
  guidance: "We, not me",
  scope: ["bullet" as const, "document" as const],
  fixable: ["snippet" as const],
};

const OTHERS = compilePhrases(data.others);
const TEAM_SUBJECTS = compilePhrases(data.teamSubjects);
/** Below this many achievement bullets the document-level share is not judged. */
const MIN_BULLETS_FOR_SHARE = 5;

/** True when the bullet shows an effect on others: the team, people, users, other teams. */
export function showsOthers(bullet: Bullet): boolean {
  const tokens = tokensOf(bullet);
  if (hasPhrase(tokens, OTHERS)) return true;
  const cats = categoriesOf(bullet);
  return cats.includes("people") || cats.includes("cross-team");
}

/**
 * Whether "who did it help?" is the question for an I-bullet: not when it states a measured outcome
 * ("I saved 30% of production CPU": the business is who it helped), and in a promo document (a packet,
 * a brag document, a log) or a paragraph that tells a role ("I worked on the billing services
 * of a retail chain.", "It was good fun to pair with the data team.") only when it claims an outcome at all ("I
 * overhauled my website" tells the work, not an impact to credit; "I rebuilt the pipeline, speeding up
 * deploys" claims one). A résumé's list bullet is a claim by its form.
 */
function asksWhoItHelped(kind: string, bullet: Bullet, tokens: ReturnType<typeof tokensOf>): boolean {
  const claim = findClaim(tokens, bullet.text, bullet.bodyStart - bullet.start);
  if (claim && hasFigure(bullet.text)) return false;
  return (kind !== "promo" && !bullet.paragraph) || !!claim;
}

/** True when the bullet's subject is "We" followed by a verb ("We shipped…"): its first word after any label. */
function opensWithWe(bullet: Bullet): boolean {
  const tokens = tokensOf(bullet);
  const first = tokens.findIndex((t) => bullet.start + t.start >= bullet.bodyStart);
  if (first < 0 || tokens[first]!.raw !== "We") return false;
  const next = tokens[first + 1];
  return !!next && /^\p{Ll}/u.test(next.raw);
}

/**
 * Why the share matters, in the words of the target's track: "managers are hired for their team's
 * results" fits a manager's document, not a staff engineer's or a developer's (issue 26's judged draws).
 */
function whyOthers(track: string | undefined): string {
  if (track === "EM") return "managers are hired for their team's results";
  if (track === "TL" || track === "TPM") return "a lead is judged by what their work lets others do";
  return "reviewers weigh what your work did for others";
}

/**
 * A lead-in that ends with a colon ("We weighed three options for the new queue:" over a list): it
 * introduces the items that follow, it makes no claim of its own.
 */
function leadIn(bullet: Bullet): boolean {
  return /:\s*$/.test(bullet.text);
}

/** Where to insert text at the end of a bullet: before a closing period. */
function endInsertion(bullet: Bullet): number {
  let end = bullet.end;
  const text = bullet.text;
  let i = text.length;
  while (i > 0 && /[.!]/.test(text[i - 1]!)) i--;
  end = bullet.start + i;
  return end;
}

export default defineRule({
  meta,
  check(ctx) {
    const { doc, kind } = ctx;
    const bullets = achievementBullets(doc);
    for (const bullet of bullets) {
      const tokens = tokensOf(bullet);
      const hits = pronouns(tokens, bullet.text);
      const others = showsOthers(bullet);
      // A year-in-review or brag document told as prose: its paragraphs narrate (a move, a course,
      // a routine), and the real corpus showed that judging each as a packet bullet is mostly wrong.
      // They still count for the document's share of bullets that show others.
      if (isNarrative(kind, bullet)) continue;
      const singular = hits.some((h) => h.person === "singular");
      const actor = hits.some((h) => h.actor);
      // Read only for a promo packet's bullet that is not reported as singular above.
      // "We shipped…", "Our team shipped…", "The team shipped…": the team is the subject. A possessive
      // further on ("built a component for our design system") is not: the bullet opens with the
      // writer's own verb (issue 26's redrawn sample).
      const teamOutcome = (): boolean => {
        const first = tokens.findIndex((t) => bullet.start + t.start >= bullet.bodyStart);
        // "We shipped…", "In Q3 we shipped…": a "we" in subject position, near the opening; one deep in
        // a bullet that opens with the writer's own account ("Built X… that we had missed") is not.
        // "…, we're wrapping up a year-long project": work still under way, no outcome yet (issue 26's
        // draws after-22 … after-24: debatable or wrong for 8 of 10 judges).
        const underWay = (i: number): boolean => {
          const t = tokens[i]!.lower;
          const next = /^we['’]re$/.test(t) ? tokens[i + 1] : t === "we" && tokens[i + 1]?.lower === "are" ? tokens[i + 2] : undefined;
          return !!next && /^\p{L}{2,}ing$/u.test(next.lower);
        };
        if (hits.some((h) => h.person === "plural" && ((/^we(?:['’]|$)/.test(h.token.lower) && h.index <= first + 3) || h.index === first) && !underWay(h.index))) return true;
        return first >= 0 && !!matchAtToken(tokens, TEAM_SUBJECTS, first);
      };
      // A lead-in whose sub-bullets say who it helped ("Web scraping: my contributions included:" over
      // "…, allowing the team to…") shows its effect there.
      if (singular && !others && !bullets.some((c) => c.parent === bullet && showsOthers(c)) && asksWhoItHelped(kind, bullet, tokens)) {
        const fixes: Fix[] = [];
        if (kind === "promo") {
          fixes.push({
            title: 'Credit the team first: "We …; I …"',
            kind: "snippet",
            edits: [{ start: bullet.bodyStart, end: bullet.bodyStart, text: "We ${1:what the team achieved}; " }],
          });
        }
        ctx.report({
          start: bullet.start,
          end: bullet.end,
          // ("I …") only where the bullet says "I": "launched my new package" has no "I" to point at (draw after-10).
          message: `This bullet says what you did${hits.some((h) => h.token.raw === "I") ? ' ("I …")' : ""} but not its effect on anyone else; show who it helped: the team, users or other teams ("…, so the team could ship weekly").`,
          fixes,
          competency: guidanceOf(meta),
        });
      } else if (kind === "resume" && !singular && opensWithWe(bullet) && !leadIn(bullet)) {
        ctx.report({
          start: bullet.start,
          end: bullet.end,
          severity: "info",
          message: 'This bullet says what the team did ("We …") but not your part in it; open with what you did and keep the team\'s result ("Led the 5-person team that shipped X", "Designed X, which we shipped in Q3").',
          competency: guidanceOf(meta),
        });
      } else if (kind === "promo" && !actor && teamOutcome()) {
        const at = endInsertion(bullet);
        ctx.report({
          start: bullet.start,
          end: bullet.end,
          message: 'This bullet reports a team outcome but not your part in it; a promo packet credits the team and then says what you did ("We shipped X; I drove the design").',
          fixes: [{ title: 'Add your part: "…; I …"', kind: "snippet", edits: [{ start: at, end: at, text: "; I ${1:what you did}" }] }],
          competency: guidanceOf(meta),
        });
      }
    }
    // The share is of entries: a bullet with its sub-bullets is one achievement (the sub-items are its
    // details: causes, pros and cons, steps), and it shows others when any of them does (judged draw
    // after-11: 68 "bullets" counted where a brag log held far fewer entries).
    const achievements = new Set(bullets);
    const entryOf = (b: Bullet): Bullet => {
      let top = b;
      while (top.parent && achievements.has(top.parent)) top = top.parent;
      return top;
    };
    const entries = new Set<Bullet>();
    const shown = new Set<Bullet>();
    for (const b of bullets) {
      const entry = entryOf(b);
      entries.add(entry);
      if (showsOthers(b)) shown.add(entry);
    }
    if (entries.size >= MIN_BULLETS_FOR_SHARE && shown.size * 3 < entries.size) {
      ctx.report({
        start: doc.docAnchor.start,
        end: doc.docAnchor.end,
        message: `Only ${shown.size} of ${entries.size} achievement bullets show impact on others; ${whyOthers(ctx.target?.track)}, so show who your work helped in at least a third (team, users, other teams).`,
        competency: guidanceOf(meta),
      });
    }
  },
});
