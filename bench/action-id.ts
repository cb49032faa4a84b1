import { readFileSync } from "node:fs";

/** The id Next gave a server action at build time, from the build's server-reference manifest. */
export function actionIdFromManifest(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/server/server-reference-manifest.json`, "utf8"));
  const entry = Object.entries(manifest.node as Record<string, { filename: string; exportedName: string }>).find(
    ([, v]) => v.filename === file && v.exportedName === exportedName,
  );
  if (!entry) throw new Error(`Action ${exportedName} de ${file} absente du build`);
  return entry[0];
}
