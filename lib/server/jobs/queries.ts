import "server-only";
import { listJobs } from "../admin/jobs";
import { db } from "../db";

/** The latest background jobs, for the admin's jobs page. */
export const recentJobs = (count: number) => listJobs(db(), count);
