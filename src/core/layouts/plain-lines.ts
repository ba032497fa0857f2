// Layout: a company heading followed by plain lines for location, dates and title, each on its own
// line (DESIGN §2b: company-plain-lines), titles stacked on consecutive lines for promotions:
//   ## Lakeside Digital
//   Remote
//   2023 to 2025
//   Senior Engineer
//   Engineer
// A paragraph is such a header block when every line is short, none is a sentence, at least one is a
// title and one holds dates (or the block follows a company heading); the dates' line may name a few
// places ("2016 — 2021 | Lisbon (PT) / New Braunfels (USA) / Shenzhen (China)"). Fixtures:
// test/fixtures/layouts/18-company-plain-lines.md, 54-title-line-dates-places.md. Pure: no vscode, no fs.

export type HeaderLine = { kind: "title" | "dates" | "other"; index: number };

export interface HeaderTests {
  isTitle(line: string): boolean;
  isDates(line: string): boolean;
  words(line: string): number;
}

/** The lines' roles in a header block, or undefined when the paragraph is not one. */
export function headerBlock(lines: string[], t: HeaderTests, companyKnown: boolean): HeaderLine[] | undefined {
  const nonEmpty = lines.map((l, index) => ({ l: l.trim(), index })).filter((x) => x.l);
  if (nonEmpty.length < 2 || nonEmpty.length > 6) return undefined;
  const out: HeaderLine[] = [];
  for (const { l, index } of nonEmpty) {
    if (t.words(l) > 8 || /[.!?;]$/.test(l)) return undefined;
    out.push({ kind: t.isDates(l) ? "dates" : t.isTitle(l) ? "title" : "other", index });
  }
  const titles = out.filter((x) => x.kind === "title").length;
  const dates = out.some((x) => x.kind === "dates");
  if (!titles || (!dates && !companyKnown)) return undefined;
  // More than one unknown line is more likely prose cut short than location and team name.
  if (out.filter((x) => x.kind === "other").length > 2) return undefined;
  return out;
}
