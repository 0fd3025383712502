/**
 * Analytics for instructors: item statistics from the stored responses (counts, proportion correct, "I don't know",
 * corrected point-biserial, readiness exposure, declared and calibrated parameters) and the recalibration action.
 */
package org.mlready.analytics;
