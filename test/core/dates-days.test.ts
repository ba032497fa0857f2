// Date ranges written with days (held-out round 10: "Mar 29 - Sept 17, 2010" under a company heading):
// the whole range is the role's dates, and nothing of it is left in the line's other parts.
import assert from "node:assert/strict";
import { takeDates } from "../../src/core/parse.js";

describe("core/parse: date ranges with days", () => {
  const cases: [string, string, string][] = [
    ["Mar 29 - Sept 17, 2012", "Mar 29 - Sept 17, 2012", ""],
    ["March 3, 2009 – June 5, 2011", "March 3, 2009 – June 5, 2011", ""],
    ["June 5th, 2014 - Present", "June 5th, 2014 - Present", ""],
    ["Engineer, Contoso, 12 Mar 2019 – 1 Apr 2020", "12 Mar 2019 – 1 Apr 2020", "Engineer, Contoso,"],
    ["Engineer, Contoso, Jan 2019 - Mar 2020", "Jan 2019 - Mar 2020", "Engineer, Contoso,"],
  ];
  for (const [line, dates, rest] of cases) {
    it(`reads "${line}" as ${JSON.stringify(dates)}`, () => {
      const got = takeDates(line);
      assert.equal(got.dates, dates);
      assert.equal(got.rest.trim(), rest);
    });
  }
  it("leaves durations and counts alone", () => {
    assert.equal(takeDates("2 years 5 months").dates, "");
    assert.equal(takeDates("Cut the batch from 4 hours to 40 minutes").dates, "");
  });
});
