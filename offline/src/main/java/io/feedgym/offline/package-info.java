/**
 * Logged-session datasets: the schema ({@code docs/offline/schema.md}), the values a reader produces
 * ({@link io.feedgym.offline.LoggedSession}, {@link io.feedgym.offline.LoggedPage}) and the exception that
 * names the file, row and column of bad data ({@link io.feedgym.offline.LogFormatException}).
 *
 * <p>Why a module of its own rather than a package of {@code replay}: reading logs needs DuckDB's JDBC driver,
 * a ~70 MB jar of native libraries. Users who only simulate, train online or store replay never touch logs
 * and should not download or load it; {@code replay} stays a small pure-Java module. The module sits between
 * {@code policies} (whose feed encoders and baselines it reuses, and beside which its logging policies with
 * exact propensities live) and {@code agents}, whose offline agents will read logged transitions from it.
 */
package io.feedgym.offline;
