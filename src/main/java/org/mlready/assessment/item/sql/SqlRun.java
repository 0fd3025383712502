package org.mlready.assessment.item.sql;

/** What running a learner's query on the sandbox gave: a result set or a refusal with a message for the learner. */
public sealed interface SqlRun permits SqlResult, SqlRefusal {
}
