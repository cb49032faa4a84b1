import "server-only";
import type { NextRequest } from "next/server";
import { finessImportRefusals } from "@/lib/domain/finess/import-refusals";
import { z } from "@/lib/schemas/zod";
import { db } from "../db";
import { refusalResponse, routeActor } from "../route-refusal";
import { getImportRun, type ImportRunView } from "./import-runs";

/**
 * The GET handler of a route under /api/admin/imports-finess/<id>: the admin who may import, the import by its id
 * (404 for an unknown or malformed one), then `answer` says what to send of it.
 */
export function importRunRoute(answer: (run: ImportRunView) => Promise<Response> | Response) {
  return async (_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    const actor = await routeActor("referential.import");
    if (actor instanceof Response) return actor;
    const id = z.uuid().safeParse((await params).id);
    const run = id.success ? await getImportRun(db(), id.data) : null;
    if (!run) return refusalResponse(404, finessImportRefusals.refusal("IMPORT_NOT_FOUND"));
    return answer(run);
  };
}
