-- wattplan store, schema version 2 (PostgreSQL): indexes for reads by run and by status.
CREATE INDEX runs_status ON runs (status);
CREATE INDEX result_tables_run ON result_tables (run_id);
CREATE INDEX result_values_run ON result_values (run_id, table_name);
CREATE INDEX timeseries_run ON timeseries (run_id, time_s, site);
