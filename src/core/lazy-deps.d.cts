/** The `yaml` package, required on the first call. */
export declare function yaml(): typeof import("yaml");
/** The `ajv` package (its CommonJS export: the Ajv class, with `.default`), required on the first call. */
export declare function ajv(): typeof import("ajv");
