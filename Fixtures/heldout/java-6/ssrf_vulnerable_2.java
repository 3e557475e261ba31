package com.example.feign;

import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.jackson.JacksonDecoder;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Feign client pointed at a tenant's own inventory system, whose base URL the tenant enters in settings. */
interface TenantInventoryApi {
    @RequestLine("GET /items/{sku}")
    ItemDto item(@Param("sku") String sku);
}

@Path("/sync")
class InventorySyncResource {
    private final TenantSettings settings;

    InventorySyncResource(TenantSettings settings) {
        this.settings = settings;
    }

    @GET
    public ItemDto pull(@QueryParam("tenant") String tenant, @QueryParam("sku") String sku) {
        String baseUrl = settings.inventoryUrl(tenant);
        TenantInventoryApi api = Feign.builder()
                .decoder(new JacksonDecoder())
                .target(TenantInventoryApi.class, baseUrl); // expect: ssrf
        return api.item(sku);
    }

    @GET
    @Path("/probe")
    public ItemDto probe(@QueryParam("base") String base) {
        return Feign.builder().decoder(new JacksonDecoder()).target(TenantInventoryApi.class, base).item("probe"); // expect: ssrf
    }
}
