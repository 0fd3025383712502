package org.mlready.assessment.cat;

/** How much answering one item moved a topic's probability of mastery (signed: + towards mastered). */
public record ItemInfluence(String itemId, Answer answer, double change) {
}
