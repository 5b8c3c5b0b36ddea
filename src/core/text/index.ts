export * from "./normalize.ts";
export * from "./tokenize.ts";
export * from "./sentences.ts";
export * from "./clitics.ts";
