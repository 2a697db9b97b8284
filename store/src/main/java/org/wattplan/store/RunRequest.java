package org.wattplan.store;

import java.util.Optional;

/**
 * What a new run records before it starts: the scenario version it runs (absent for a scenario file run from
 * the command line), the scenario's name and hash, the seed and the tool version.
 */
public record RunRequest(
        Optional<Long> scenarioId,
        Optional<Integer> scenarioVersion,
        String scenarioName,
        String scenarioSha256,
        long seed,
        String toolVersion) {}
