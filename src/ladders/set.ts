// A LadderSet: the built-in ladder plus custom ones; target resolution, evidence, coverage, "reads as".
import type { Coverage, CoverageAxis, Doc, EvidenceMatch, LadderSet, LevelInfo, SectionKind, Span } from "../core/types.js";
import { builtinLadder } from "./builtin.js";
import { tokenize } from "./match.js";
import { memo } from "../core/memo.js";
import { compileLadder, type CuePayload, type CustomLadder, type Ladder, type Level } from "./model.js";
import { mostOf, shortOf, verdictText } from "./verdict.js";

/** Canonical form for comparing level ids: "em 6", "Em-6", "EM_6" → "EM6". */
export function normalizeLevelId(id: string): string {
  // A lint asks about its target several times (resolve, coverage); NFKC is slow enough to show in a profile.
  let n = levelIdMemo.get(id);
  if (n === undefined) {
    if (levelIdMemo.size >= 1024) levelIdMemo.clear();
    levelIdMemo.set(id, (n = id.normalize("NFKC").replace(/[\s\-_.·]+/g, "").toUpperCase()));
  }
  return n;
}
const levelIdMemo = new Map<string, string>();

/** Sections whose text is not evidence of work (lists of skills, schools, contact details). */
const NOT_EVIDENCE: ReadonlySet<SectionKind> = new Set(["skills", "education", "contact", "publications"]);

/** One piece of text that can carry evidence: an achievement bullet or, in a promo packet, a prose sentence. */
export interface EvidenceSpan {
  span: Span;
  line: number;
  text: string;
}

/** The spans coverage reads: achievement bullets, plus prose sentences in a promo packet. */
export function evidenceSpans(doc: Doc): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  const push = (span: Span) => out.push({ span, line: doc.lineCol(span.start).line, text: span.plain });
  for (const b of doc.bullets) {
    if (!b.achievement) continue;
    // A promo paragraph is several claims: read it sentence by sentence. A list bullet is one claim.
    if (doc.kind === "promo" && b.paragraph) for (const s of doc.sentences(b)) push(s);
    else push(b);
  }
  if (doc.kind === "promo") {
    for (const block of doc.proseBlocks) {
      if (doc.bullets.some((b) => block.start < b.end && b.start < block.end)) continue;
      const section = sectionAt(doc, block.start);
      if (section && NOT_EVIDENCE.has(section.kind)) continue;
      if (doc.frontMatter && block.start < doc.frontMatter.end) continue;
      for (const s of doc.sentences(block)) push(s);
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

function sectionAt(doc: Doc, offset: number) {
  let found: Doc["sections"][number] | undefined;
  for (const s of doc.sections) if (s.start <= offset && offset < s.end && (!found || s.start >= found.start)) found = s;
  return found;
}

interface TaggedMatch {
  match: EvidenceMatch;
  /** The level a plain expectation belongs to. */
  level?: string;
}

interface SpanHits {
  es: EvidenceSpan;
  hits: TaggedMatch[];
}

export interface LadderSetImpl extends LadderSet {
  /** The compiled level behind an id (canonical or any accepted spelling). */
  level(id: string): Level | undefined;
  /** Every ladder in the set, built-in first. */
  ladders(): Ladder[];
  /** Evidence of one ladder in a span. */
  evidenceIn(ladder: Ladder, span: Span, level?: string): EvidenceMatch[];
}

const ladderKeys = new WeakMap<Ladder, number>();
let nextLadderKey = 0;
function ladderKey(ladder: Ladder): number {
  let k = ladderKeys.get(ladder);
  if (k === undefined) ladderKeys.set(ladder, (k = nextLadderKey++));
  return k;
}

/**
 * "level|competency", the key of taggedIn's one match per competency: made once per cue, not once
 * per hit (a string built and hashed per hit was a quarter of this file's time in a profile).
 */
function competencyKey(payload: CuePayload): string {
  let key = competencyKeys.get(payload);
  if (key === undefined) competencyKeys.set(payload, (key = `${payload.level ?? ""}|${payload.competency.label}`));
  return key;
}
const competencyKeys = new WeakMap<CuePayload, string>();

/** The value for (doc, key) in a per-document cache, computed on first use. */
function perDocument<K, V>(cache: WeakMap<Doc, Map<K, V>>, doc: Doc, key: K, compute: () => V): V {
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  let value = perDoc.get(key);
  if (value === undefined) perDoc.set(key, (value = compute()));
  return value;
}

export function createLadderSet(customs: CustomLadder[] = []): LadderSetImpl {
  const built = builtinLadder();
  const ladders: Ladder[] = [built.ladder];
  for (const c of customs) ladders.push(compileLadder(c, c.axes ? undefined : { axes: builtinAxesDefs(), cues: built.cues }));
  // Later ladders win on the same id: a company's own "EM6" replaces the built-in one.
  const byId = new Map<string, Level>();
  for (const l of ladders) for (const lv of l.levels) byId.set(normalizeLevelId(lv.info.id), lv);
  const order: Level[] = [];
  for (const l of ladders) for (const lv of l.levels) if (byId.get(normalizeLevelId(lv.info.id)) === lv) order.push(lv);

  // Evidence per document and ladder, computed once (coverage of every level of a track reuses it).
  const cache = new WeakMap<Doc, Map<Ladder, SpanHits[]>>();
  // Coverage axes per document and level, computed once: the ladder-coverage rule, the engine's
  // result and the "reads as" walk over a track all ask (shared, read-only: callers must not change them).
  const axesCache = new WeakMap<Doc, Map<Level, CoverageAxis[]>>();

  function tagged(ladder: Ladder, span: Span): TaggedMatch[] {
    // The same text matches the same cues wherever it is: kept between lints in the editor (memo.ts).
    const rel = memo(`ladder:${ladderKey(ladder)}`, span.text, () => taggedIn(ladder, span.text));
    return rel.map((t) => ({ level: t.level, match: { ...t.match, start: t.match.start + span.start, end: t.match.end + span.start } }));
  }

  function taggedIn(ladder: Ladder, text: string): TaggedMatch[] {
    const hits = ladder.index.match(tokenize(text, 0));
    const out: TaggedMatch[] = [];
    const seen = new Set<string>();
    for (const h of hits) {
      const key = competencyKey(h.cue.payload);
      if (seen.has(key)) continue; // one match per competency per span is enough to show why
      seen.add(key);
      out.push({ match: { competency: h.cue.payload.competency, cue: h.label, start: h.start, end: h.end }, level: h.cue.payload.level });
    }
    return out;
  }

  function evidenceIn(ladder: Ladder, span: Span, level?: string): EvidenceMatch[] {
    return tagged(ladder, span)
      .filter((t) => !t.level || !level || t.level === level)
      .map((t) => t.match);
  }

  function docHits(doc: Doc, ladder: Ladder): SpanHits[] {
    return perDocument(cache, doc, ladder, () => evidenceSpans(doc).map((es) => ({ es, hits: tagged(ladder, es.span) })));
  }

  function coverageOf(doc: Doc, lv: Level): CoverageAxis[] {
    return perDocument(axesCache, doc, lv, () => computeCoverage(doc, lv));
  }

  // The evidence of an axis's steps in a document, and the highest step it reaches: the same for every
  // level that expects a step on that axis (the "reads as" walk asks each level of the track).
  const stepCache = new WeakMap<Doc, Map<Ladder, Map<string, { evidence: CoverageAxis["evidence"]; best: number }>>>();

  function stepEvidence(doc: Doc, ladder: Ladder, axis: string): { evidence: CoverageAxis["evidence"]; best: number } {
    const perLadder = perDocument(stepCache, doc, ladder, () => new Map<string, { evidence: CoverageAxis["evidence"]; best: number }>());
    let got = perLadder.get(axis);
    if (!got) perLadder.set(axis, (got = withImplied(doc, ladder, axis, evidenceOn(doc, ladder, axis, undefined))));
    return got;
  }

  /**
   * An axis's evidence, raised to a step whose `impliedBy` step of another axis the document reaches
   * (on that axis's own cues): the other axis's evidence at that step or above is shown as this step's,
   * its cue labelled with where it comes from ("design + api (System: Designs)").
   */
  function withImplied(doc: Doc, ladder: Ladder, axis: string, own: { evidence: CoverageAxis["evidence"]; best: number }): { evidence: CoverageAxis["evidence"]; best: number } {
    const steps = ladder.axes.find((a) => a.name === axis)?.steps ?? [];
    for (let i = steps.length - 1; i >= 0; i--) {
      const st = steps[i]!;
      if (!st.impliedBy || own.best >= st.index) continue;
      const other = ladder.axes.find((a) => a.name === st.impliedBy!.axis);
      const at = other?.steps.find((s) => s.name === st.impliedBy!.step);
      if (!other || !at || other.name === axis) continue;
      const from = evidenceOn(doc, ladder, other.name, undefined);
      if (from.best < at.index) continue;
      const rank = (name: string | undefined) => other.steps.find((s) => s.name === name)?.index ?? 0;
      const implied = from.evidence.filter((e) => rank(e.step) >= at.index).map((e) => ({ ...e, cue: `${e.cue} (${other.name}: ${e.step})`, step: st.name }));
      const evidence = [...own.evidence, ...implied].sort((a, b) => a.start - b.start);
      return { evidence, best: st.index };
    }
    return own;
  }

  /** Per span, its highest match on the axis (steps; or, with `plainLevel`, that level's plain expectation). */
  function evidenceOn(doc: Doc, ladder: Ladder, axis: string, plainLevel: string | undefined): { evidence: CoverageAxis["evidence"]; best: number } {
    const evidence: CoverageAxis["evidence"] = [];
    let best = 0;
    for (const { es, hits } of docHits(doc, ladder)) {
      // The highest step this span reaches on the axis (cumulative), or the level's plain expectation.
      let top: EvidenceMatch | undefined;
      for (const { match, level } of hits) {
        if (match.competency.axis !== axis) continue;
        if (plainLevel !== undefined ? match.competency.stepIndex !== 0 || level !== plainLevel : match.competency.stepIndex === 0) continue;
        if (!top || match.competency.stepIndex > top.competency.stepIndex) top = match;
      }
      if (!top) continue;
      best = Math.max(best, plainLevel !== undefined ? 1 : top.competency.stepIndex);
      evidence.push({ line: doc.lineCol(top.start).line, text: es.text, start: top.start, end: top.end, cue: top.cue, step: top.competency.step });
    }
    return { evidence, best };
  }

  function computeCoverage(doc: Doc, lv: Level): CoverageAxis[] {
    return lv.expectations.map((exp) => {
      const { evidence, best } = exp.plain ? evidenceOn(doc, lv.ladder, exp.axis, lv.info.id) : stepEvidence(doc, lv.ladder, exp.axis);
      const axis = lv.ladder.axes.find((a) => a.name === exp.axis);
      const found = best === 0 ? null : exp.plain ? exp.step : axis!.steps[best - 1]!.name;
      const met = exp.plain ? best > 0 : best >= exp.stepIndex;
      const out: CoverageAxis = { axis: exp.axis, expected: exp.step, found, met, evidence };
      if (axis && !exp.plain) out.steps = axis.steps.map((st) => st.name);
      if (exp.description) out.description = exp.description;
      return out;
    });
  }

  const set: LadderSetImpl = {
    levels(): LevelInfo[] {
      return order.map((l) => l.info);
    },
    resolve(id: string): LevelInfo | undefined {
      return byId.get(normalizeLevelId(id))?.info;
    },
    level(id: string): Level | undefined {
      return byId.get(normalizeLevelId(id));
    },
    ladders: () => ladders,
    evidenceIn,
    evidence(span: Span): EvidenceMatch[] {
      const out: EvidenceMatch[] = [];
      const seen = new Set<string>();
      for (const l of ladders) {
        for (const m of evidenceIn(l, span)) {
          const key = `${m.competency.label}|${m.start}|${m.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(m);
        }
      }
      return out.sort((a, b) => a.start - b.start || a.end - b.end);
    },
    coverage(doc: Doc, levelId: string): Coverage {
      const lv = byId.get(normalizeLevelId(levelId));
      if (!lv) throw new Error(`Unknown level "${levelId}"`);
      const axes = coverageOf(doc, lv);
      const track = order.filter((l) => l.ladder === lv.ladder && l.info.track === lv.info.track).sort((a, b) => a.rank - b.rank);
      // The highest level of the track that most axes (3 of 5) meet (DESIGN §4), walking up from the
      // track's first level, and only on top of the level below (no EM7 without EM6). A level above the
      // first counts when the steps that set it apart from the level below are met (EM6 differs from EM5
      // on two axes only, so without that an EM5 packet would read as EM6); or when the one axis short of
      // it was already short of the level below and at least one of those steps is met: a staff engineer
      // who meets TL7 on every axis but Process reads as TL7 with Process short, not as TL4 (issue 26's
      // judged draws), while a document short of EM5 on two axes does not climb the track on the other three.
      let reads: { level: Level; axes: CoverageAxis[]; met: number } | undefined;
      let first: { level: Level; axes: CoverageAxis[]; met: number } | undefined;
      for (const l of track) {
        const ax = l === lv ? axes : coverageOf(doc, l);
        const met = ax.filter((a) => a.met).length;
        first ??= { level: l, axes: ax, met };
        if (met < mostOf(ax.length) || (reads && !raisesMet(l, reads.level, ax, reads.axes))) break;
        reads = { level: l, axes: ax, met };
      }
      const at = reads ?? first ?? { level: lv, axes, met: axes.filter((a) => a.met).length };
      const short = shortOf(at.axes);
      const verdict = verdictText(!!reads, at.level.info.id, at.met, at.axes.length, short);
      return { target: lv.info.id, readsAs: reads ? reads.level.info.id : null, axes, short, readsAsMet: at.met, verdict };
    },
  };
  return set;
}

/**
 * Whether `level` counts on top of `below` given `axes` (its coverage) and `belowAxes` (the level
 * below's): every axis on which it expects more than `below` is met; or one axis only is short of it,
 * that axis was short of `below` too, and at least one of the raised axes is met.
 */
function raisesMet(level: Level, below: Level, axes: readonly CoverageAxis[], belowAxes: readonly CoverageAxis[]): boolean {
  let raised = 0;
  let raisedMet = 0;
  level.expectations.forEach((exp, i) => {
    const prev = below.expectations.find((e) => e.axis === exp.axis);
    if (!prev || (exp.plain || prev.plain ? exp.step !== prev.step : exp.stepIndex > prev.stepIndex)) {
      raised++;
      if (axes[i]!.met) raisedMet++;
    }
  });
  if (raisedMet === raised) return true;
  const short = axes.filter((a) => !a.met);
  return raisedMet > 0 && short.length === 1 && belowAxes.some((b) => b.axis === short[0]!.axis && !b.met);
}

let builtinSet: LadderSetImpl | undefined;
/** The built-in ladder alone (shared instance). */
export function builtinLadderSet(): LadderSetImpl {
  return (builtinSet ??= createLadderSet([]));
}

function builtinAxesDefs() {
  // Imported lazily to keep the cycle builtin → model → set one-way.
  return builtinLadder().ladder.axes.map((a) => ({ name: a.name, description: a.description, steps: a.steps.map((s) => ({ name: s.name, description: s.description, example: s.example, cues: [], ...(s.impliedBy ? { impliedBy: s.impliedBy } : {}) })) }));
}
