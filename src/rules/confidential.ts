// confidential: what should not leave the company. Built-in detectors (internal links and hosts,
// private IP addresses, chat links, issue keys, other people's e-mail addresses) and the configured
// terms (codenames, customers, internal tools: `confidential.words` and `confidential.file`, read by
// the config layer and handed over as context.confidential). An error in a résumé; off in a promo
// packet unless its severity is configured (a packet stays inside).
import { isJsSpace } from "../core/chars.js";
import { defineRule, type RuleContext } from "../core/rule.js";
import type { Doc } from "../core/types.js";
import data from "./data/confidential.json";
import { guidanceOf } from "./lib/doc.js";

const meta = {
  id: "confidential",
  description: "What should not leave the company: internal links and hosts, private IPs, chat links, issue keys, others' e-mail addresses, configured codenames and customer names.",
  defaultSeverity: "error" as const,
  guidance: "Before you share",
  scope: ["word" as const],
  fixable: [] as [],
  defaultKinds: ["resume" as const],
  // Links, addresses and keys read the same in any language (DESIGN §2b: structure checks still run).
  languages: "any" as const,
};

const NOT_ISSUE_KEYS = new Set(data.notIssueKeys);
const NOT_GO_LINKS = new Set(data.notGoLinks);
const PUBLIC_HOSTS = data.publicHosts;
const FILE_EXTENSIONS = new Set(data.fileExtensions);
const EXAMPLE_DOMAINS = data.exampleDomains;

/** What was found, for the message: a short name and why it should not go out. */
interface Kind {
  what: string;
  why: string;
}
const K: Record<keyof typeof data.kinds, Kind> = data.kinds;

interface Found {
  start: number;
  end: number;
  kind: Kind;
}

/** A run of characters that may be a URL, a host, a go/ link or an e-mail address (delimiters excluded). */
export const TOKEN_RE = /[^\s<>"'`()[\]{}|\\^,;!*]+/g;
export const LINKISH_RE = /[./@:]/;

/** TOKEN_RE's delimiters: JavaScript's \s and < > " ' ` ( ) [ ] { } | \ ^ , ; ! *. */
function isDelimiter(c: number): boolean {
  switch (c) {
    case 60: case 62: case 34: case 39: case 96: case 40: case 41: case 91: case 93: case 123: case 125: case 124: case 92: case 94: case 44: case 59: case 33: case 42:
      return true;
  }
  return isJsSpace(c);
}

/**
 * The matches of TOKEN_RE that hold a character of LINKISH_RE, as [start, end) pairs in one flat
 * array. Found from those characters outward instead of matching every word of the text: most
 * tokens are words, and the match per word was most of the rule's time (test/rules/confidential-fast.test.ts
 * holds this to the regular expressions).
 */
export function linkishTokens(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  LINKISH_G.lastIndex = 0;
  while (LINKISH_G.test(text)) {
    let start = LINKISH_G.lastIndex - 1;
    while (start > 0 && !isDelimiter(text.charCodeAt(start - 1))) start--;
    let end = LINKISH_G.lastIndex;
    while (end < n && !isDelimiter(text.charCodeAt(end))) end++;
    out.push(start, end);
    LINKISH_G.lastIndex = end;
  }
  return out;
}
const LINKISH_G = new RegExp(LINKISH_RE.source, "g");
const LEAD_TRIM = "_~:.?";
const TRAIL_TRIM = "_~:.?/";
const SCHEME_RE = /^([a-z][a-z0-9+.-]*):\/\//i;
const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const EMAIL_RE = /^[A-Za-z0-9][A-Za-z0-9._%+-]*@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,})$/;
/** First labels of reversed-domain names (Java/Kotlin packages: com.acme.internal), which are not hosts. */
const PACKAGE_ROOTS = new Set(["com", "org", "net", "io", "edu", "gov", "de", "uk", "fr", "nl", "ch", "android", "java", "javax", "kotlin", "scala"]);

/**
 * ABC-1234: a letter, then letters, digits or _ (two letters at least, checked in code), a hyphen and
 * a number of two or more digits without a leading zero; not inside a word, a path, a version or a
 * longer dashed code (CVE-2021-44228, MIL-STD-810G).
 */
export const ISSUE_KEY_RE = /(?<![\p{L}\p{N}_\-./#@:=+&])([A-Z][A-Z0-9_]{1,9})-([1-9]\d{1,6})(?![\p{L}\p{N}_]|[.\-/]\p{N}|-\p{L})/gu;
/**
 * What every ISSUE_KEY_RE match holds (its consuming part, without the look-arounds): half the bench
 * résumés have none, and the look-behind makes V8 try the expression at every position (3× the time).
 */
export const ISSUE_KEY_GATE = /[A-Z][A-Z0-9_]{1,9}-[1-9]\d/;

export function isPrivateIPv4(s: string): boolean {
  const m = IPV4_RE.exec(s);
  if (!m) return false;
  const o = m.slice(1, 5).map(Number);
  if (o.some((x, i) => x > 255 || (m[i + 1]!.length > 1 && m[i + 1]!.startsWith("0")))) return false;
  return o[0] === 10 || (o[0] === 172 && o[1]! >= 16 && o[1]! <= 31) || (o[0] === 192 && o[1] === 168);
}

function endsWithDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith("." + domain);
}
const isPublicHost = (host: string) => PUBLIC_HOSTS.some((d) => endsWithDomain(host, d));

/** Whether a token is an issue key the lists let through. */
export function isIssueKey(prefix: string, num: string): boolean {
  if (NOT_ISSUE_KEYS.has(prefix)) return false;
  // Two letters at least: X86-64, N10-008, Q3-2024 and H1-2023 are not keys.
  if ((prefix.match(/[A-Z]/g) ?? []).length < 2) return false;
  // Two letters and a zero: CompTIA exam codes (SY0-601, CV0-003, PT0-002).
  if (/^[A-Z]{2}0$/.test(prefix)) return false;
  // Years (FY-2023, JAN-2020, ES-2015) are not issue numbers.
  if (num.length === 4 && /^(?:19|20)\d\d$/.test(num)) return false;
  return true;
}

/**
 * What an URL, host or go/ link token is, or undefined. `token` is stripped of surrounding
 * punctuation; hosts are compared in lower case.
 */
export function classifyLink(token: string): Kind | undefined {
  const scheme = SCHEME_RE.exec(token);
  if (scheme && !/^(?:https?|ftp|ssh|smb|file)$/i.test(scheme[1]!)) return undefined;
  const rest = scheme ? token.slice(scheme[0].length) : token;
  const cut = rest.search(/[/?#]/);
  let authority = cut < 0 ? rest : rest.slice(0, cut);
  const path = cut < 0 ? "" : rest.slice(cut);
  if (authority.includes("@")) authority = authority.slice(authority.lastIndexOf("@") + 1);
  const portAt = authority.lastIndexOf(":");
  const port = portAt >= 0 && /^:\d{1,5}$/.test(authority.slice(portAt)) ? authority.slice(portAt) : "";
  const rawHost = port ? authority.slice(0, portAt) : authority;
  const host = rawHost.toLowerCase();
  const cidr = /^\/\d{1,2}$/.test(path);
  if (isPrivateIPv4(host)) return K.ip;
  const labels = host.split(".");
  if (!labels.every((l) => LABEL_RE.test(l))) return undefined;
  // go/launch-plan (bare, lower case as written) or http://go/launch-plan.
  if (host === "go" && path.length > 1 && path.startsWith("/")) {
    if (!scheme && rawHost !== "go") return undefined;
    const first = path.slice(1).split(/[/?#]/)[0]!.toLowerCase();
    if (!scheme && (NOT_GO_LINKS.has(first) || !/^[a-z0-9][a-z0-9_.-]*$/.test(first))) return undefined;
    return K.goLink;
  }
  if (labels.length === 1) {
    // http://wiki/Page, https://jira:8443/: a host without a dot resolves only on an internal network.
    return scheme && /^https?$/i.test(scheme[1]!) && host !== "localhost" && /[a-z]/.test(host) ? K.host : undefined;
  }
  const tld = labels[labels.length - 1]!;
  const urlish = !!scheme || !!port || (path.length > 1 && !cidr);
  // A reversed-domain package (com.acme.internal) or a file name is not a host.
  if (!scheme && PACKAGE_ROOTS.has(labels[0]!)) return undefined;
  if (tld === "corp" || tld === "internal" || tld === "intranet" || (tld === "local" && urlish)) {
    // Written in lower case when bare ("Acme.Corp" is prose); any case after a scheme.
    return scheme || rawHost === host ? K.host : undefined;
  }
  // wiki.corp.acme.com: a corp label under a registrable domain.
  const corpAt = labels.indexOf("corp");
  if (corpAt >= 0 && corpAt <= labels.length - 3 && (scheme || rawHost === host)) return K.host;
  if (isPublicHost(host)) return undefined;
  if (endsWithDomain(host, "atlassian.net")) return K.atlassian;
  if (endsWithDomain(host, "sharepoint.com") || labels.includes("sharepoint")) return K.sharepoint;
  const p = path.toLowerCase();
  if (host === "docs.google.com" && /^\/(?:a\/[^/]+\/)?(?:document|spreadsheets|presentation|forms|drawings|file)\//.test(p)) return K.google;
  if (host === "drive.google.com" && /^\/(?:a\/[^/]+\/)?(?:file|drive|open|folderview)\b/.test(p)) return K.google;
  if (endsWithDomain(host, "slack.com") && (/^\/archives\//.test(p) || (host === "app.slack.com" && /^\/client\//.test(p)))) return K.slack;
  if ((host === "teams.microsoft.com" || host === "teams.live.com") && /^\/l\//.test(p)) return K.teams;
  if (!urlish) return undefined;
  const first = labels[0]!;
  if (first === "confluence" || first === "intranet" || first === "wiki" || /^\/(?:confluence|wiki\/spaces|wiki\/display)\//.test(p)) return K.wiki;
  if (host === "linear.app" && /^\/[^/]+\/issue\//.test(p)) return K.jira;
  if (first === "jira" || /^\/(?:jira\/)?browse\/[a-z][a-z0-9_]+-\d+/.test(p)) return K.jira;
  return undefined;
}

/** The target of the link whose text ends at `end` (`[KAFKA-1234](https://…)`), or undefined. */
function linkTargetAfter(text: string, end: number): string | undefined {
  return /^\]\(\s*<?([a-z][a-z0-9+.-]*:\/\/[^\s)>]+)/i.exec(text.slice(end, end + 2000))?.[1];
}
/** The lower-case host of a URL with a scheme. */
function hostOf(url: string): string {
  return (/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1] ?? "").toLowerCase();
}

/** The `ladderlint:` block inside the front matter (its own terms must not be flagged), as [start, end). */
function ladderlintBlock(doc: Doc): [number, number] | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  const body = doc.text.slice(fm.start, fm.end);
  const m = /^ladderlint[ \t]*:.*(?:\r?\n(?:[ \t]+.*|[ \t]*#.*|[ \t]*)(?=\r?\n|$))*/m.exec(body);
  return m ? [fm.start + m.index, fm.start + m.index + m[0].length] : undefined;
}

/**
 * The author's own addresses: the first one in the document (the header's, where a résumé gives its
 * contact details; at the end when the contact details are there) unless it is inside an
 * achievement bullet, every one before the first achievement bullet, and every one in the front
 * matter or in a contact section. The same address anywhere else is the author's too.
 */
function authorAddresses(doc: Doc, emails: readonly { start: number; address: string }[]): Set<string> {
  const out = new Set<string>();
  const first = emails[0];
  if (!first) return out;
  if (!doc.bullets.some((b) => b.achievement && first.start >= b.start && first.start < b.end)) out.add(first.address);
  const ranges: [number, number][] = doc.sections.filter((s) => s.kind === "contact").map((s) => [s.start, s.end]);
  if (doc.frontMatter) ranges.push([doc.frontMatter.start, doc.frontMatter.end]);
  const firstBullet = doc.bullets.find((b) => b.achievement);
  ranges.push([0, firstBullet ? firstBullet.start : 0]);
  for (const e of emails) if (ranges.some(([a, b]) => e.start >= a && e.start < b)) out.add(e.address);
  return out;
}

/** A regular expression for the configured terms: whole words, any case, any run of spaces between words. */
export function termsPattern(terms: readonly string[]): RegExp | undefined {
  const parts = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((t) => {
      const body = t.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
      const pre = /^[\p{L}\p{N}_]/u.test(t) ? "(?<![\\p{L}\\p{N}_])" : "";
      const post = /[\p{L}\p{N}_]$/u.test(t) ? "(?![\\p{L}\\p{N}_])" : "";
      return pre + body + post;
    });
  return parts.length ? new RegExp(parts.join("|"), "giu") : undefined;
}

const patternCache = new Map<string, RegExp | undefined>();
function cachedTermsPattern(terms: readonly string[]): RegExp | undefined {
  const key = terms.join("\n");
  if (!patternCache.has(key)) {
    if (patternCache.size > 16) patternCache.clear();
    patternCache.set(key, termsPattern(terms));
  }
  return patternCache.get(key);
}

/** Every finding in the document, in text order, none overlapping another. */
export function findConfidential(doc: Doc, terms: readonly string[]): Found[] {
  const text = doc.text;
  const taken = new Uint8Array(text.length + 1);
  const block = ladderlintBlock(doc);
  if (block) taken.fill(1, block[0], block[1]);
  const found: Found[] = [];
  const add = (start: number, end: number, kind: Kind) => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    found.push({ start, end, kind });
  };

  // 1. Links, hosts, IP addresses and e-mail addresses: one token at a time.
  const emails: { start: number; end: number; address: string }[] = [];
  // Most tokens are words: only those with a dot, slash, @ or colon inside are read.
  const tokens = linkishTokens(text);
  for (let k = 0; k < tokens.length; k += 2) {
    let start = tokens[k]!;
    let end = tokens[k + 1]!;
    // Surrounding punctuation and emphasis markers are not part of it.
    while (start < end && LEAD_TRIM.includes(text[start]!)) start++;
    while (end > start && TRAIL_TRIM.includes(text[end - 1]!)) end--;
    if (end - start < 4) continue;
    const token = text.slice(start, end);
    if (!LINKISH_RE.test(token)) continue;
    const mail = /^mailto:/i.test(token) ? token.slice(7) : token;
    const at = mail.indexOf("@");
    if (at > 0 && !mail.includes("/") && !/^[a-z][a-z0-9+.-]*:\/\//i.test(mail)) {
      const em = EMAIL_RE.exec(mail);
      if (!em) continue;
      const domain = em[1]!.toLowerCase();
      const tld = domain.slice(domain.lastIndexOf(".") + 1);
      if (FILE_EXTENSIONS.has(tld) || EXAMPLE_DOMAINS.some((d) => endsWithDomain(domain, d)) || /^git@/i.test(mail)) continue;
      const address = mail.toLowerCase();
      const s = start + (token.length - mail.length);
      emails.push({ start: s, end, address });
      continue;
    }
    const kind = classifyLink(token);
    if (kind) add(start, end, kind);
  }
  const own = authorAddresses(doc, emails);
  for (const e of emails) if (!own.has(e.address)) add(e.start, e.end, K.email);

  // 2. Configured terms outside them (a codename in a public URL is reported on its own).
  const termRe = cachedTermsPattern(terms);
  if (termRe) {
    termRe.lastIndex = 0;
    for (let m; (m = termRe.exec(text)); ) {
      if (!m[0].length) termRe.lastIndex++;
      else add(m.index, m.index + m[0].length, K.term);
    }
  }

  // 3. Issue keys in what is left (none without ISSUE_KEY_GATE's letters, hyphen and digits).
  ISSUE_KEY_RE.lastIndex = 0;
  if (ISSUE_KEY_GATE.test(text)) for (let m; (m = ISSUE_KEY_RE.exec(text)); ) {
    const end = m.index + m[0].length;
    if (!isIssueKey(m[1]!, m[2]!)) continue;
    // The text of a link to a public tracker is public; of a link reported above, reported with it.
    const target = linkTargetAfter(text, end);
    if (target && (isPublicHost(hostOf(target)) || classifyLink(target))) continue;
    add(m.index, end, K.issueKey);
  }
  return found.sort((a, b) => a.start - b.start);
}

function message(f: Found, text: string): string {
  const shown = text.slice(f.start, f.end).replace(/\s+/g, " ");
  const quoted = shown.length > 60 ? shown.slice(0, 57) + "…" : shown;
  return `Confidential: ${f.kind.what} "${quoted}" should not leave the company: ${f.kind.why}.`;
}

export default defineRule({
  meta,
  check(ctx: RuleContext) {
    for (const f of findConfidential(ctx.doc, ctx.confidential ?? [])) {
      ctx.report({ start: f.start, end: f.end, message: message(f, ctx.doc.text), competency: guidanceOf(meta) });
    }
  },
});
