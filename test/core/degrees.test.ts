// The degree words: one list (src/core/degrees.ts), its two forms, a role line's and a normalized heading's.
import assert from "node:assert/strict";
import { DEGREE_HEADING_RE, DEGREE_LINE_RE } from "../../src/core/degrees.js";
import { normHeading } from "../../src/core/sections.js";

describe("degrees: one word list, a line's and a heading's form", () => {
  const degrees = [
    "B.S. Software Engineering, Northfield State",
    "M.Sc. Data Science",
    "Bachelor of Engineering",
    "Bachelor’s in Applied Physics",
    "Master's degree in Economics",
    "Mestrado em Engenharia de Software",
    "Pós-graduação em Gestão de Projetos",
    "Pos graduacao em Gestao",
    "Especialização em Redes",
    "Maestria en Ciencias",
    "Máster en Ingeniería",
    "Diplome d'ingénieur",
    "Laurea in Informatica",
    "MBA, Riverside School",
    "Бакалавр информатики",
    "Магистратура, прикладная математика",
  ];
  const notDegrees = ["Master Electrician", "Master", "Masterclass in Negotiation", "Senior Software Engineer", "Bachelorette party planner", "Licensed plumber", "Grado 3 piano"];

  for (const d of degrees) {
    it(`"${d}" is a degree as a role line and as a heading`, () => {
      assert.ok(DEGREE_LINE_RE.test(d), "line");
      assert.ok(DEGREE_HEADING_RE.test(normHeading(d)), `heading "${normHeading(d)}"`);
    });
  }
  for (const d of notDegrees) {
    it(`"${d}" is no degree, either way`, () => {
      assert.ok(!DEGREE_LINE_RE.test(d), "line");
      assert.ok(!DEGREE_HEADING_RE.test(normHeading(d)), "heading");
    });
  }
});
