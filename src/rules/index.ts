// The rule registry: every rule is listed here once. The README rule table, the settings enum in
// package.json and the config schema are generated from / checked against this list.
// Order: the DESIGN §3 catalogue.
import type { Rule } from "../core/rule.js";
import weNotMe from "./we-not-me.js";
import firstPerson from "./first-person.js";
import quantifiedImpact from "./quantified-impact.js";
import vagueQuantity from "./vague-quantity.js";
import placeholder from "./placeholder.js";
import techBalance from "./tech-balance.js";
import crossTeam from "./cross-team.js";
import weakOpener from "./weak-opener.js";
import handsOnHeavy from "./hands-on-heavy.js";
import ladderCoverage from "./ladder-coverage.js";
import repeatedOpener from "./repeated-opener.js";
import longBullet from "./long-bullet.js";
import confidential from "./confidential.js";
import prosePassive from "./prose/passive.js";
import proseWeasel from "./prose/weasel.js";
import proseAdverb from "./prose/adverb.js";
import proseWordy from "./prose/wordy.js";
import proseCliche from "./prose/cliche.js";
import proseLexicalIllusion from "./prose/lexical-illusion.js";
import proseSo from "./prose/so.js";
import proseThereIs from "./prose/there-is.js";

export const rules: Rule[] = [
  weNotMe,
  firstPerson,
  quantifiedImpact,
  vagueQuantity,
  placeholder,
  techBalance,
  crossTeam,
  weakOpener,
  handsOnHeavy,
  ladderCoverage,
  repeatedOpener,
  longBullet,
  confidential,
  prosePassive,
  proseWeasel,
  proseAdverb,
  proseWordy,
  proseCliche,
  proseLexicalIllusion,
  proseSo,
  proseThereIs,
];

export const ruleById: Map<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
