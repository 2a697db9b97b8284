package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.wattplan.core.economics.AssetClass;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.economics.GeneralServers;
import org.wattplan.core.economics.ServerCost;
import org.wattplan.core.economics.YearShare;
import org.wattplan.core.units.Units;

/**
 * Capex, depreciation, opex and TCO of a run per calendar year, from the fleet's phases and cohorts and the
 * {@link EconomicsSpec} (docs/economics.md has the formulas and sources). Model note:
 *
 * <ul>
 *   <li>an owned phase spends {@code capacity * build cost} evenly from construction start to energized; the cost
 *       splits into buildings/plant, substation and land in the proportion of the section's unit costs for the
 *       site's cooling (all buildings where the section has none); it depreciates from energized;
 *   <li>a cohort spends {@code count * (server price / accelerators per server)} on servers, {@code count *
 *       network} and {@code count * storage} in the year it is installed, and depreciates from then;
 *   <li>general servers: {@link GeneralServers#boughtIn} per year at the server price, in service from 1 July;
 *   <li>non-datacenter capex is {@code share / (1 - share)} of datacenter capex, depreciated from 1 July;
 *   <li>leased phases: {@code capacity * price per W-month * 12} per year while energized, no capex.
 * </ul>
 *
 * Depreciation and maintenance cover assets bought before the horizon too (a phase built in 2012 still
 * depreciates in 2023), so they are independent of where the horizon starts.
 */
public final class FleetEconomics {
    private final FleetSpec fleet;
    private final EconomicsSpec money;

    public FleetEconomics(FleetSpec fleet) {
        this.fleet = fleet;
        this.money = fleet.economics();
    }

    public YearEconomics year(FleetSummary run, int y) {
        int year = run.calendarYear(y);
        Map<AssetClass, Double> capex = capex(year);
        double electricity = run.fleetTotal(y, SiteMetric.OPEX_USD);
        double water = run.fleetTotal(y, SiteMetric.WATER_WITHDRAWAL_L) * money.waterUsdPerL();
        double capacityWYears = capacityWYears(year, false) + capacityWYears(year, true);
        double staff = capacityWYears * money.staffPerW() * money.staffUsdPerYear();
        double transit = capacityWYears * money.transitUsdPerWYear();
        double lease = capacityWYears(year, true) * money.leaseUsdPerWMonth() * 12;
        double maintenance = money.maintenanceShare() * grossInService(year);
        Map<AssetClass, Double> depreciation = depreciation(year);
        double depreciationDc = sum(depreciation, true);
        double opex = electricity + lease + maintenance + staff + water + transit;
        double tco = depreciationDc + opex;
        double facilityJ = run.fleetTotal(y, SiteMetric.FACILITY_J);
        double aiShare = facilityJ > 0 ? Math.max(0, 1 - generalFacilityJ(run, y) / facilityJ) : 0;
        double acceleratorDepreciation = depreciation.getOrDefault(AssetClass.ACCELERATOR_SERVERS, 0.0)
                + depreciation.getOrDefault(AssetClass.NETWORK, 0.0)
                + depreciation.getOrDefault(AssetClass.STORAGE, 0.0);
        double aiTco = acceleratorDepreciation
                + aiShare
                        * (tco - acceleratorDepreciation - depreciation.getOrDefault(AssetClass.GENERAL_SERVERS, 0.0));
        double acceleratorH = Units.secondsToHours(run.fleetTotal(y, SiteMetric.ACCELERATOR_INSTALLED_S));
        double mwh = Units.joulesToMwh(facilityJ);
        return new YearEconomics(
                capex,
                depreciationDc + depreciation.getOrDefault(AssetClass.NON_DATACENTER, 0.0),
                electricity,
                lease,
                maintenance,
                staff,
                water,
                transit,
                tco,
                acceleratorH > 0 ? aiTco / acceleratorH : Double.NaN,
                mwh > 0 ? tco / mwh : Double.NaN);
    }

    /** Capex by asset class spent in a calendar year (any year, inside the horizon or not). */
    public Map<AssetClass, Double> capex(int year) {
        EnumMap<AssetClass, Double> capex = zeros();
        for (SiteSpec site : fleet.sites()) {
            for (PhaseSpec phase : site.phases()) {
                if (!phase.leased()) {
                    double spent =
                            phase.capexUsd() * YearShare.spread(phase.constructionStart(), phase.energized(), year);
                    split(site, spent, capex);
                }
            }
        }
        for (CohortSpec cohort : fleet.cohorts()) {
            if (cohort.installed().getYear() == year) {
                ServerCost cost = serverCost(cohort);
                add(capex, AssetClass.ACCELERATOR_SERVERS, cohort.priceUsd() * cohort.count());
                add(capex, AssetClass.NETWORK, cost.networkUsdPerAccelerator() * cohort.count());
                add(capex, AssetClass.STORAGE, cost.storageUsdPerAccelerator() * cohort.count());
            }
        }
        money.generalServers()
                .ifPresent(g -> add(capex, AssetClass.GENERAL_SERVERS, g.boughtIn(year) * g.usdPerServer()));
        add(capex, AssetClass.NON_DATACENTER, nonDatacenter(sum(capex, true)));
        return capex;
    }

    /** Straight-line depreciation by asset class in a calendar year. */
    public Map<AssetClass, Double> depreciation(int year) {
        EnumMap<AssetClass, Double> out = zeros();
        visitAssets(year, (asset, costUsd, inService) -> {
            if (asset.depreciated()) {
                add(out, asset, costUsd * YearShare.depreciation(inService, money.lifeS(asset), year));
            }
        });
        return out;
    }

    /** Gross datacenter assets in service over the year (USD-years), the base of maintenance; land excluded. */
    double grossInService(int year) {
        double[] sum = {0};
        visitAssets(year, (asset, costUsd, inService) -> {
            if (asset.depreciated() && asset.datacenter()) {
                sum[0] += costUsd * YearShare.inService(inService, money.lifeS(asset), year);
            }
        });
        return sum[0];
    }

    private interface AssetVisitor {
        void asset(AssetClass asset, double costUsd, LocalDate inService);
    }

    /** Every asset that can be in service in the year: its class, cost and in-service date. */
    private void visitAssets(int year, AssetVisitor visitor) {
        for (SiteSpec site : fleet.sites()) {
            for (PhaseSpec phase : site.phases()) {
                if (!phase.leased()) {
                    EnumMap<AssetClass, Double> parts = zeros();
                    split(site, phase.capexUsd(), parts);
                    parts.forEach((asset, cost) -> visitor.asset(asset, cost, phase.energized()));
                }
            }
        }
        for (CohortSpec cohort : fleet.cohorts()) {
            ServerCost cost = serverCost(cohort);
            visitor.asset(AssetClass.ACCELERATOR_SERVERS, cohort.priceUsd() * cohort.count(), cohort.installed());
            visitor.asset(AssetClass.NETWORK, cost.networkUsdPerAccelerator() * cohort.count(), cohort.installed());
            visitor.asset(AssetClass.STORAGE, cost.storageUsdPerAccelerator() * cohort.count(), cohort.installed());
        }
        int back = (int) Math.ceil(maxLifeYears()) + 1;
        for (int p = year - back; p <= year; p++) {
            LocalDate midYear = LocalDate.of(p, 7, 1);
            int purchaseYear = p;
            money.generalServers()
                    .ifPresent(g -> visitor.asset(
                            AssetClass.GENERAL_SERVERS, g.boughtIn(purchaseYear) * g.usdPerServer(), midYear));
            if (money.nonDatacenterShare() > 0) {
                visitor.asset(
                        AssetClass.NON_DATACENTER, capex(p).getOrDefault(AssetClass.NON_DATACENTER, 0.0), midYear);
            }
        }
    }

    private double maxLifeYears() {
        return Math.max(money.lifeS(AssetClass.GENERAL_SERVERS), money.lifeS(AssetClass.NON_DATACENTER))
                / Units.SECONDS_PER_YEAR;
    }

    private double nonDatacenter(double datacenterUsd) {
        double share = money.nonDatacenterShare();
        return datacenterUsd * share / (1 - share);
    }

    /** Owned (or leased) IT capacity energized over the year, in W-years. */
    private double capacityWYears(int year, boolean leased) {
        double sum = 0;
        for (SiteSpec site : fleet.sites()) {
            for (PhaseSpec phase : site.phases()) {
                if (phase.leased() == leased) {
                    sum += phase.capacityW() * YearShare.inService(phase.energized(), Double.MAX_VALUE / 4, year);
                }
            }
        }
        return sum;
    }

    private void split(SiteSpec site, double costUsd, Map<AssetClass, Double> into) {
        double build = money.buildUsdPerW(site.cooling());
        if (build <= 0) {
            add(into, AssetClass.BUILDINGS, costUsd);
            return;
        }
        add(into, AssetClass.BUILDINGS, costUsd * money.buildingUsdPerW(site.cooling()) / build);
        add(into, AssetClass.SUBSTATION, costUsd * money.substationUsdPerW() / build);
        add(into, AssetClass.LAND, costUsd * money.landUsdPerW() / build);
    }

    private ServerCost serverCost(CohortSpec cohort) {
        return money.server(cohort.accelerator()).orElse(new ServerCost(0, 1, "none", 0, 0));
    }

    private double generalFacilityJ(FleetSummary run, int y) {
        double sum = 0;
        for (int w = 0; w < fleet.workloads().size(); w++) {
            if (fleet.workloads().get(w).kind() == WorkloadKind.GENERAL) {
                sum += run.workload(y, w, WorkloadMetric.FACILITY_J);
            }
        }
        return sum;
    }

    private static EnumMap<AssetClass, Double> zeros() {
        EnumMap<AssetClass, Double> map = new EnumMap<>(AssetClass.class);
        for (AssetClass asset : AssetClass.values()) {
            map.put(asset, 0.0);
        }
        return map;
    }

    private static void add(Map<AssetClass, Double> map, AssetClass asset, double usd) {
        map.merge(asset, usd, Double::sum);
    }

    private static double sum(Map<AssetClass, Double> map, boolean datacenterOnly) {
        double sum = 0;
        for (AssetClass asset : AssetClass.values()) {
            if (!datacenterOnly || asset.datacenter()) {
                sum += map.getOrDefault(asset, 0.0);
            }
        }
        return sum;
    }
}
