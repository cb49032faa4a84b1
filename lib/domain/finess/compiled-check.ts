/**
 * A zod schema turned into a plain yes/no function, for the JSON flow's hundreds of thousands of records: zod builds
 * an outcome and its issues for every field, which costs more than reading the national file. The schema stays the
 * one contract: the function is derived from it, a record it accepts is one zod accepts (tested on generated
 * records), and a record it refuses goes through zod itself, whose issue names the reason.
 */
import type { z } from "../../schemas/zod";

export type CompiledCheck = (value: unknown) => boolean;

// The part of zod's definition of a schema that the checks read (zod 4's `_zod.def`).
interface SchemaDefinition {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  checks?: Array<{ _zod: { def: { check: string; format?: string; pattern?: RegExp } } }>;
}

const definitionOf = (schema: z.ZodType) => schema._zod.def as unknown as SchemaDefinition;

/** Throws on a kind of schema it does not know: a new kind of field must be taught here, never skipped. */
export function compileCheck(schema: z.ZodType): CompiledCheck {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case "unknown":
      return () => true;
    case "string": {
      const patterns = (definition.checks ?? []).map(({ _zod: { def } }) => {
        if (def.check !== "string_format" || def.format !== "regex" || !def.pattern) {
          throw new Error(`compileCheck: contrôle de texte non pris en charge (${def.check} ${def.format ?? ""})`);
        }
        return def.pattern;
      });
      if (!patterns.length) return (value) => typeof value === "string";
      return (value) => {
        if (typeof value !== "string") return false;
        for (const pattern of patterns) {
          pattern.lastIndex = 0;
          if (!pattern.test(value)) return false;
        }
        return true;
      };
    }
    case "optional": {
      const inner = compileCheck(definition.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case "array": {
      const element = compileCheck(definition.element!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    case "object":
      return compileObject(definition);
    default:
      throw new Error(`compileCheck: schéma « ${definition.type} » non pris en charge`);
  }
}

function compileObject(definition: SchemaDefinition): CompiledCheck {
  const catchall = definition.catchall && definitionOf(definition.catchall).type;
  // z.object lets unknown keys through (and drops them); z.strictObject refuses them (catchall: never).
  if (catchall !== undefined && catchall !== "never") throw new Error(`compileCheck: catchall « ${catchall} » non pris en charge`);
  const fields = Object.entries(definition.shape ?? {}).map(([key, schema]) => [key, compileCheck(schema)] as const);
  const known = new Set(fields.map(([key]) => key));
  const strict = catchall === "never";
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const [key, check] of fields) if (!check(record[key])) return false;
    if (strict) for (const key of Object.keys(record)) if (!known.has(key)) return false;
    return true;
  };
}
