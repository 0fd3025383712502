/**
 * Estimating item parameters from stored responses: marginal maximum likelihood with weak priors (Bayes modal
 * estimation) by the Bock–Aitkin EM algorithm. Pure Java, no Spring. See docs/readiness-model.md, "Calibration".
 */
package org.mlready.assessment.calibration;
