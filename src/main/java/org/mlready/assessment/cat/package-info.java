/**
 * The adaptive readiness test: pure Java, no Spring. Multivariate normal prior over topic abilities correlated along
 * the prerequisite graph, 3PL items, per-topic grid posteriors joined by expectation propagation, mastery-information
 * selection with content balancing and randomesque / Sympson-Hetter exposure control. See docs/readiness-model.md.
 */
@org.springframework.modulith.NamedInterface("cat")
package org.mlready.assessment.cat;
