import "server-only";
import { db } from "../db";
import { departementOfAccount } from "./account-region";

/** The département of an account, for the ARS to name on the access-refused page. */
export const accountDepartement = (finess: string) => departementOfAccount(db(), finess);
