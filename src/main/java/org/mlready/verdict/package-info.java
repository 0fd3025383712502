/**
 * The "Ready for Module 1" verdict: a pure rule ({@link org.mlready.verdict.Module1ReadinessRule}) over the evidence
 * the other modules measure (the latest readiness check, practice mastery, the hands-on labs, topics marked
 * studied), and the page and API that show it. Depends on assessment, progress and labs through their public
 * services; nothing depends on it (the dashboard asks through {@link org.mlready.progress.Module1Outlook}).
 */
package org.mlready.verdict;
