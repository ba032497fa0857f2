import type { Formatter } from "../types.js";
import { stylish } from "./stylish.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { github } from "./github.js";
import { markdown } from "./markdown.js";

export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, markdown };
export const FORMAT_NAMES = Object.keys(formatters);
