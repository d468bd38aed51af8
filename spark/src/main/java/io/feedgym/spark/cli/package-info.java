/** The {@code feedgym-spark} command line: convert, ope and eval, for spark-submit or bin/feedgym-spark. */
package io.feedgym.spark.cli;
