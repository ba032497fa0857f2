// Entry of dist/engine.cjs: the engine side of the node extension, required by dist/extension.cjs.
export { startEngine } from "./engine.js";
