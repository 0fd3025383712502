package org.mlready.assessment.item;

/** How a learner answers an item, which decides the input shown and the checker used. */
public enum ResponseType {
    /** A single number: 0.25, 1/4, 2.5e-1 and 25% are all read. */
    NUMBER,
    /** A list of numbers such as (1, 2, 3) or [1 2 3]. */
    VECTOR,
    /** Rows of numbers such as [[1, 2], [3, 4]]. */
    MATRIX,
    /** Exactly one of the listed choices. */
    SINGLE_CHOICE,
    /** Every correct choice and no other. */
    MULTIPLE_CHOICE,
    /** An array shape such as (3, 4). */
    SHAPE,
    /** An algebraic expression in the item's variables, e.g. 2*x*cos(x^2). */
    EXPRESSION,
    /** A SQL query run against the read-only sandbox; its result set is compared. */
    SQL
}
