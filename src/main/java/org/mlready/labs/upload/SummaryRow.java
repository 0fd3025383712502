package org.mlready.labs.upload;

/** One line of a submitted summary table: the mean and standard deviation of a column within a class. */
public record SummaryRow(int line, String className, String column, double mean, double std) {
}
