import type { AuditReview } from '../../../../contracts/register-audit.js';
import { todayInAmsterdam } from '../policies/dates';

// Which step of an audit (R-REG-AUDIT-1) the page offers, as the server's state machine allows it; the
// server decides in the end and answers 409 when the state moved on.

type Review = Pick<AuditReview, 'status' | 'respondBy'>;

/** Decisions per activity are taken, and changed, only while the review is open. */
export const mayDecide = (review: Review) => review.status === 'in-review';

/** Closed after the teacher's response, or without one once the response period has passed. */
export const mayClose = (review: Review, today = todayInAmsterdam()) =>
  review.status === 'responded' ||
  (review.status === 'notified' && review.respondBy !== null && today > review.respondBy);

/** The teacher responds once, until the last day of the response period. */
export const mayRespond = (review: Review, today = todayInAmsterdam()) =>
  review.status === 'notified' && review.respondBy !== null && today <= review.respondBy;
