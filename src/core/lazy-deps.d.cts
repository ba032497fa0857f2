/** The `yaml` package, required on the first call. */
export declare function yaml(): typeof import("yaml");
/** The Ajv class of the `ajv` package, required on the first call. */
export declare function Ajv(): typeof import("ajv").default;
/** The `smol-toml` package, required on the first call. */
export declare function toml(): typeof import("smol-toml");
