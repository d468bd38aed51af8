/** Page-level transitions of a distributed read, written as Parquet shards (docs/scale-out.md gives the schema). */
package io.feedgym.spark.convert;
