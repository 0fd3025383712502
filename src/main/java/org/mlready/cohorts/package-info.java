/**
 * Cohorts: an instructor's class of learners, joined with a secret code, and the instructor's overview of where each
 * member stands and who is stuck where. Reads the other modules through their public services; the few figures no
 * module publishes for a group of learners (recent practice, latest readiness results, last activity) come from
 * read-only queries in {@link org.mlready.cohorts.LearnerActivity}.
 */
package org.mlready.cohorts;
