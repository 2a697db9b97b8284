-- wattplan store, schema version 1, the same for DuckDB and PostgreSQL. Times are epoch milliseconds (UTC); series times epoch seconds.
CREATE SEQUENCE scenario_ids START 1;
CREATE SEQUENCE run_ids START 1;

CREATE TABLE scenarios (
    id BIGINT PRIMARY KEY DEFAULT nextval('scenario_ids'),
    name TEXT NOT NULL,
    latest_version INTEGER NOT NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL,
    deleted BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE scenario_versions (
    scenario_id BIGINT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    PRIMARY KEY (scenario_id, version)
);

CREATE TABLE runs (
    id BIGINT PRIMARY KEY DEFAULT nextval('run_ids'),
    scenario_id BIGINT,
    scenario_version INTEGER,
    scenario_name TEXT NOT NULL,
    scenario_sha256 TEXT NOT NULL,
    seed BIGINT NOT NULL,
    status TEXT NOT NULL,
    message TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    owner TEXT NOT NULL,
    progress DOUBLE PRECISION NOT NULL,
    created_at_ms BIGINT NOT NULL,
    started_at_ms BIGINT,
    finished_at_ms BIGINT,
    heartbeat_at_ms BIGINT NOT NULL
);

CREATE TABLE result_tables (
    run_id BIGINT NOT NULL,
    table_index INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    columns TEXT NOT NULL,
    row_count INTEGER NOT NULL
);

CREATE TABLE result_values (
    run_id BIGINT NOT NULL,
    table_name TEXT NOT NULL,
    row_index INTEGER NOT NULL,
    column_index INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    number_value DOUBLE PRECISION,
    text_value TEXT
);

CREATE TABLE timeseries (
    run_id BIGINT NOT NULL,
    step INTEGER NOT NULL,
    time_s BIGINT NOT NULL,
    site TEXT NOT NULL,
    it_power_mw DOUBLE PRECISION NOT NULL,
    facility_power_mw DOUBLE PRECISION NOT NULL,
    accelerators_online DOUBLE PRECISION NOT NULL,
    accelerators_allocated DOUBLE PRECISION NOT NULL,
    co2e_location_kg DOUBLE PRECISION NOT NULL,
    water_withdrawal_m3 DOUBLE PRECISION NOT NULL
);
