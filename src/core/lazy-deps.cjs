"use strict";
// yaml and the schema validators, loaded on first use instead of when a bundle starts. Most
// documents need neither: front matter of simple `key: value` lines is read by src/core/yamlfast.ts,
// and the validators only check config, ladder, baseline and JSON Resume files. A require() inside a
// function of a CommonJS file is the one form esbuild bundles as a module that initialises on its
// first call (an ES import would initialise with the bundle), and that Node and tsx run as is in the tests.
let yaml;
let toml;
exports.yaml = () => yaml ?? (yaml = require("yaml"));
// smol-toml: Hugo's +++ front matter, read only when a document has one.
exports.toml = () => toml ?? (toml = require("smol-toml"));
// The validators ajv's standalone code generation compiled from the schemas (scripts/gen-validators.mjs).
exports.configValidator = () => require("./generated/config-validator.cjs");
exports.ladderValidator = () => require("./generated/ladder-validator.cjs");
exports.baselineValidator = () => require("./generated/baseline-validator.cjs");
exports.resumeValidator = () => require("./generated/resume-validator.cjs");
