// Layout: a Pandoc definition list (DESIGN §2b), the form of many academic and European CVs:
//   2012 - 2018                     Puesto
//   :   Universidad de Oviedo       :   *Research Engineer*
//
//   *Research Engineer*. What the role was, told as a paragraph…
// A term of dates names the employer of the roles below it; a term that is a field label ("Puesto",
// "Position", "Company") gives that field; a paragraph that opens with an emphasised title and a
// full stop opens the role it tells. CommonMark reads each pair as one paragraph of two lines; this
// module splits it. Fixture: test/fixtures/layouts/27-definition-list.md. Pure: no vscode, no fs.

const DEFINITION_RE = /^[ \t]{0,3}:[ \t]+(\S.*)$/;

/** The term and definition of a paragraph that is one pair (two lines, the second opening with ": "). */
export function definitionPair(lines: string[]): { term: string; definition: string; line: number } | undefined {
  const ls = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim());
  if (ls.length !== 2) return undefined;
  const m = DEFINITION_RE.exec(ls[1]!.l);
  if (!m || DEFINITION_RE.test(ls[0]!.l)) return undefined;
  return { term: ls[0]!.l.trim(), definition: m[1]!.trim(), line: ls[1]!.i };
}

const TITLE_LABELS = new Set(["position", "title", "job title", "role", "puesto", "cargo", "posición", "cargo actual", "poste", "fonction", "stelle", "position / titel", "funzione", "ruolo"]);
const EMPLOYER_LABELS = new Set(["company", "employer", "organization", "organisation", "organismo", "empresa", "entidad", "institución", "entreprise", "société", "arbeitgeber", "firma", "unternehmen", "azienda"]);

/** The field a term labels: "Puesto" → title, "Organismo" → employer. */
export function labelField(term: string): "title" | "employer" | undefined {
  const t = term.toLowerCase().replace(/[:*_]/g, "").trim();
  if (TITLE_LABELS.has(t)) return "title";
  if (EMPLOYER_LABELS.has(t)) return "employer";
  return undefined;
}
