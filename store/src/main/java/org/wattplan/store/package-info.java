/**
 * The store: scenarios with their versions, runs and their results, in an embedded DuckDB file by default or in
 * PostgreSQL when given a JDBC URL. Both behave the same; SQL goes only through prepared statements.
 */
@NullMarked
package org.wattplan.store;

import org.jspecify.annotations.NullMarked;
