package com.example.feign;

import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.jackson.JacksonDecoder;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Feign client for the tenant inventory relay; the relay (not this service) calls the tenant's system. */
interface InventoryRelayApi {
    @RequestLine("GET /tenants/{tenant}/items/{sku}")
    ItemDto item(@Param("tenant") String tenant, @Param("sku") String sku);
}

@Path("/sync")
class InventorySyncResource {
    private static final String RELAY_URL = "https://inventory-relay.internal.example.com";
    private final InventoryRelayApi relay = Feign.builder()
            .decoder(new JacksonDecoder())
            .target(InventoryRelayApi.class, RELAY_URL);

    @GET
    public ItemDto pull(@QueryParam("tenant") String tenant, @QueryParam("sku") String sku) {
        return relay.item(tenant, sku);
    }
}
