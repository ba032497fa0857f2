// Mocha reporter: the spec output, plus a JSON file with the counts for scripts/test.js.
const Mocha = require("mocha");
const fs = require("node:fs");
const { EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const counts = { passed: 0, failed: 0, skipped: 0 };
    runner.on(EVENT_TEST_PASS, () => counts.passed++);
    runner.on(EVENT_TEST_FAIL, () => counts.failed++);
    runner.on(EVENT_TEST_PENDING, () => counts.skipped++);
    runner.once(EVENT_RUN_END, () => {
      const out = process.env.LADDERLINT_COUNTS_FILE;
      if (out) fs.writeFileSync(out, JSON.stringify(counts));
    });
  }
}
module.exports = CountReporter;
