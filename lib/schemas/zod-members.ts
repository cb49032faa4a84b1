// The zod members the project's schemas use; `./zod` exposes them as `z`. A member missing here fails type-checking.
export {
  array,
  boolean,
  coerce,
  discriminatedUnion,
  email,
  enum,
  flattenError,
  literal,
  looseObject,
  NEVER,
  number,
  object,
  preprocess,
  strictObject,
  string,
  unknown,
  url,
  uuid,
  ZodError,
  ZodType,
} from "zod";
export type { infer, input, output } from "zod";
