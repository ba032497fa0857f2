/** The `yaml` package, required on the first call. */
export declare function yaml(): typeof import("yaml");
/** schemas/config.schema.json compiled by scripts/gen-validators.mjs (ajv options: first error only). */
export declare function configValidator(): import("ajv").ValidateFunction;
/** schemas/ladder.schema.json compiled by scripts/gen-validators.mjs (ajv options: all errors, verbose). */
export declare function ladderValidator(): import("ajv").ValidateFunction;
/** schemas/baseline.schema.json compiled by scripts/gen-validators.mjs (ajv options: first error only). */
export declare function baselineValidator(): import("ajv").ValidateFunction;
/** src/core/data/resume-schema.json compiled by scripts/gen-validators.mjs (ajv options: all errors, no formats). */
export declare function resumeValidator(): import("ajv").ValidateFunction;
/** The `smol-toml` package, required on the first call. */
export declare function toml(): typeof import("smol-toml");
