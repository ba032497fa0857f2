"use strict";
// yaml and ajv, loaded on first use instead of when a bundle starts. Together they are about a third
// of each bundle (230 of 634 KB of dist/engine.cjs) and most documents need neither: front matter
// of simple `key: value` lines is read by src/core/yamlfast.ts, and ajv only validates config and
// ladder files. A require() inside a function of a CommonJS file is the one form esbuild bundles as
// a module that initialises on its first call (an ES import would initialise with the bundle), and
// that Node and tsx run as is in the tests.
let yaml;
let Ajv;
let toml;
exports.yaml = () => yaml ?? (yaml = require("yaml"));
// smol-toml: Hugo's +++ front matter, read only when a document has one.
exports.toml = () => toml ?? (toml = require("smol-toml"));
// ajv's CommonJS export is its Ajv class, with the same class as `.default` (what its types describe).
exports.Ajv = () => Ajv ?? (Ajv = require("ajv").default);
