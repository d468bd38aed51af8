/**
 * Off-policy evaluation on Spark with the offline module's estimators, computed per session where it lies and
 * summed, with Poisson-bootstrap intervals that do not depend on the partitioning.
 */
package io.feedgym.spark.ope;
