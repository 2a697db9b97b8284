package org.wattplan.core.catalog;

/**
 * A cloud provider's region ({@code aws:us-east-1}, {@code gcp:europe-west9}, {@code azure:westeurope}) and the
 * grid zone whose intensity stands for it: {@code zoneId} is a {@link GridRegionSpec} id. {@code source} says
 * where the mapping comes from; {@code notes} where sources disagree.
 */
public record CloudRegionSpec(
        String id, String provider, String region, String zoneId, String location, String source, String notes) {

    public CloudRegionSpec {
        if (!id.equals(provider + ":" + region)) {
            throw new IllegalArgumentException(id + ": a cloud region id is provider:region");
        }
    }
}
