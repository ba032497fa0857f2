import assert from "node:assert/strict";
import fc from "fast-check";
import rule, { placeholderWords } from "../../src/rules/placeholder.js";
import placeholderData from "../../src/rules/data/placeholders.json";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    resume(["Cut costs 40% for [Acme](https://acme.example).", "Led the [platform][p] team."]) + "\n[p]: https://example.com\n",
    { name: "task list boxes are not placeholders", text: "# Plan\n\n- [ ] write résumé\n- [x] update LinkedIn\n" },
    { name: "code and comments are ignored", text: "# Jane\n\nUse `TODO` markers and `${N}`.\n\n```\nTODO: XX\n```\n\n<!-- TODO fill in -->\n" },
    { name: "words containing TODO/XX and lowercase todo", text: "# Jane\n\n- Built TODOMVC and XXL-Job tooling; cleared the todo list.\n" },
    { name: "front matter is ignored", text: "---\ntitle: TODO\n---\n# Jane\n" },
    { name: "URLs, link targets, HTML tags and reference definitions are ignored", text: "# Jane\n\n- See https://example.com/TODO/XX and [notes](https://x.example/TBD) <span title=\"TODO\">ok</span>\n\n[r]: https://example.com/XXX\n" },
    { name: "'??' in prose and NN are not placeholders", text: "# Jane\n\n- Why?? Built NN models for 3 teams.\n" },
    { name: "compounds: TODO-list, XX-large", text: "# Jane\n\n- Ran the TODO-list cleanup; shipped XX-large sizes.\n" },
  ],
  invalid: [
    {
      name: "bracket, template and word placeholders (an error)",
      text: resume(["Cut churn by [X%] — saved ${N} a year.", "TODO: add the café metric; TBD"]),
      errors: [
        { line: 6, column: 16, endColumn: 20, covers: "[X%]", severity: "error", message: "Placeholder" },
        { line: 6, column: 29, endColumn: 33, covers: "${N}" },
        { line: 7, column: 3, endColumn: 7, covers: "TODO" },
        { line: 7, column: 30, endColumn: 33, covers: "TBD" },
      ],
    },
    {
      name: "XX shapes and named brackets, after an emoji",
      text: "# Jane 🚀\n\n- Grew revenue XX% to $XXM with [metric] impact ???\n",
      errors: [
        { line: 3, column: 16, endColumn: 19, covers: "XX%" },
        { line: 3, column: 23, endColumn: 27, covers: "$XXM" },
        { line: 3, column: 33, endColumn: 41, covers: "[metric]" },
        { line: 3, column: 49, endColumn: 52, covers: "???" },
      ],
    },
  ],
});

// placeholderWords finds listed words by search; it must find what reading every word finds.
describe("placeholderWords", () => {
  const WORDS = new Set(placeholderData.words);
  /** The reference: every whole word of the text, kept when listed, a run of X or of "?". */
  function byEveryWord(text: string): [number, number][] {
    const out: [number, number][] = [];
    const word = /(?<![\p{L}\p{N}_])(?:[\p{L}\p{N}_]+|\?{3,})(?![\p{L}\p{N}_])/gu;
    let m: RegExpExecArray | null;
    while ((m = word.exec(text))) {
      const w = m[0];
      const end = m.index + w.length;
      if (text[end] === "-" && /^\p{L}/u.test(text.slice(end + 1, end + 3))) continue;
      if (WORDS.has(w) || /^X{2,}$/.test(w) || /^\?{3,}$/.test(w)) out.push([m.index, end]);
    }
    return out;
  }

  it("finds the listed words, X runs and ??? runs, whole words only", () => {
    const text = "TODO TODOs XXX XXXXX xXX ???? a??? TBD-x TBD- 𝐀TODO TODO-𝐀 _TBD FIXME.";
    assert.deepEqual(placeholderWords(text), byEveryWord(text));
    assert.deepEqual(
      placeholderWords(text).map(([a, b]) => text.slice(a, b)),
      ["TODO", "XXX", "XXXXX", "????", "TBD", "FIXME"],
    );
  });

  it("agrees with reading every word, on text built from fragments", () => {
    const pieces = [...placeholderData.words, "X", "XX", "x", "?", "??", "-", "-a", "-𝐀", "𝐀", "é", "_", "1", " ", "\n", ".", "TODOs", "TBDx", "Ž"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        assert.deepEqual(placeholderWords(text), byEveryWord(text));
      }),
      { numRuns: 3000, seed: 20261123 },
    );
  });
});
