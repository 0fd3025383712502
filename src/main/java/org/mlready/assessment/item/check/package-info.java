/** Answer checkers: pure code that reads a learner's response and compares it with an answer key. */
@org.springframework.modulith.NamedInterface("check")
package org.mlready.assessment.item.check;
