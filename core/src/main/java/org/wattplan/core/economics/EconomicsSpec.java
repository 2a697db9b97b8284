package org.wattplan.core.economics;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.units.Units;

/**
 * The money side of a fleet, one input per figure (docs/economics.md):
 *
 * <ul>
 *   <li>capex: accelerator servers by accelerator type ({@link ServerCost}, with network fabric and storage per
 *       accelerator), general-purpose servers ({@link GeneralServers}), buildings and electrical/mechanical plant
 *       per W of IT capacity by cooling type, substation and grid connection per W, land per W; a company-wide
 *       non-datacenter share of total capex ({@code nonDatacenterShare}, so non-datacenter capex is
 *       {@code share / (1 - share)} of datacenter capex);
 *   <li>useful life per asset class (straight-line depreciation; land is not depreciated);
 *   <li>leases: price per W of leased IT capacity and month (leased phases have no build capex);
 *   <li>opex beyond electricity: maintenance as a share of the gross datacenter assets in service per year, staff
 *       per W of IT capacity times cost per staff-year, water price per litre withdrawn, network transit per W of
 *       IT capacity and year.
 * </ul>
 */
public record EconomicsSpec(
        Map<String, ServerCost> servers,
        Map<String, Double> buildingUsdPerWByCooling,
        double substationUsdPerW,
        double landUsdPerW,
        Optional<GeneralServers> generalServers,
        double leaseUsdPerWMonth,
        Map<AssetClass, Double> usefulLifeS,
        double maintenanceShare,
        double staffPerW,
        double staffUsdPerYear,
        double waterUsdPerL,
        double transitUsdPerWYear,
        double nonDatacenterShare) {

    /** Default useful lives (years); Meta's servers and network: 5.5 years from 2025 (docs/sources.md). */
    private static final Map<AssetClass, Double> DEFAULT_LIFE_YEARS = Map.of(
            AssetClass.ACCELERATOR_SERVERS, 5.5,
            AssetClass.NETWORK, 5.5,
            AssetClass.STORAGE, 5.5,
            AssetClass.GENERAL_SERVERS, 5.5,
            AssetClass.BUILDINGS, 25.0,
            AssetClass.SUBSTATION, 25.0,
            AssetClass.NON_DATACENTER, 10.0);

    public EconomicsSpec {
        servers = Map.copyOf(servers);
        buildingUsdPerWByCooling = Map.copyOf(buildingUsdPerWByCooling);
        EnumMap<AssetClass, Double> lives = new EnumMap<>(AssetClass.class);
        DEFAULT_LIFE_YEARS.forEach((k, v) -> lives.put(k, v * Units.SECONDS_PER_YEAR));
        lives.putAll(usefulLifeS);
        usefulLifeS = Map.copyOf(lives);
        for (Map.Entry<AssetClass, Double> life : usefulLifeS.entrySet()) {
            if (!(life.getValue() > 0)) {
                throw new IllegalArgumentException(life.getKey().key() + ": useful life must be positive");
            }
        }
        buildingUsdPerWByCooling.forEach((cooling, cost) -> requireNonNegative(cooling, cost));
        requireNonNegative("substation", substationUsdPerW);
        requireNonNegative("land", landUsdPerW);
        requireNonNegative("lease price", leaseUsdPerWMonth);
        requireNonNegative("staff", staffPerW);
        requireNonNegative("staff cost", staffUsdPerYear);
        requireNonNegative("water price", waterUsdPerL);
        requireNonNegative("transit", transitUsdPerWYear);
        if (!(maintenanceShare >= 0 && maintenanceShare <= 1)) {
            throw new IllegalArgumentException("maintenance share must be within 0..1");
        }
        if (!(nonDatacenterShare >= 0 && nonDatacenterShare < 1)) {
            throw new IllegalArgumentException("non-datacenter share must be within 0..1 (exclusive)");
        }
    }

    /** No economics section: nothing priced beyond the phases' and cohorts' own costs; default lives. */
    public static EconomicsSpec none() {
        return new EconomicsSpec(Map.of(), Map.of(), 0, 0, Optional.empty(), 0, Map.of(), 0, 0, 0, 0, 0, 0);
    }

    public double lifeS(AssetClass asset) {
        return usefulLifeS.getOrDefault(asset, 1.0);
    }

    public Optional<ServerCost> server(String accelerator) {
        return Optional.ofNullable(servers.get(accelerator));
    }

    /** Building and plant cost per W for a cooling type (0 where the section has none for it). */
    public double buildingUsdPerW(String cooling) {
        return buildingUsdPerWByCooling.getOrDefault(cooling, 0.0);
    }

    /** Build cost of owned IT capacity per W at a site with this cooling: buildings, substation and land. */
    public double buildUsdPerW(String cooling) {
        return buildingUsdPerW(cooling) + substationUsdPerW + landUsdPerW;
    }

    private static void requireNonNegative(String what, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0");
        }
    }
}
