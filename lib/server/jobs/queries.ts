import "server-only";
import { jobStateCounts, listJobs } from "../admin/jobs";
import { db } from "../db";

/** The latest background jobs, for the admin's jobs page. */
export const recentJobs = (count: number) => listJobs(db(), count);

/** How many jobs each queue holds in each state, live and archived: the page's summary, beyond the latest rows. */
export const jobCounts = () => jobStateCounts(db());
