/**
 * Hands-on labs graded by mlready: learners work in their own tools and submit results (numbers, CSV files, plots);
 * no learner code runs on the server. Pure Java; the pages and persistence are built on top of this API.
 */
package org.mlready.labs;
