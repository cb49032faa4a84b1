import { REQUEST_STATUS_LABELS, type RequestStatus } from "@/lib/domain/requests/request-status";

const SEVERITY: Record<RequestStatus, string> = {
  PENDING: "fr-badge--new",
  APPROVED: "fr-badge--success",
  REJECTED: "fr-badge--error",
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`fr-badge fr-badge--sm ${SEVERITY[status]}`}>{REQUEST_STATUS_LABELS[status]}</span>;
}
