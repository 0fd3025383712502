/**
 * Generated practice for the readiness check's problem-solving tasks: complete EDA, problem decomposition,
 * comparing algorithms, experiment design and communicating findings. Every answer is computed from the
 * generated scenario.
 */
package org.mlready.assessment.item.tasks;
