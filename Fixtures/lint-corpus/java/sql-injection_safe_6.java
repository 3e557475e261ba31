package com.example.fleet;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.jdbi.v3.core.Jdbi;

/** The same resource with bound parameters. */
@Path("/vehicles")
public class VehicleResource {
    private final Jdbi jdbi;
    private final EntityManager em;

    public VehicleResource(Jdbi jdbi, EntityManager em) {
        this.jdbi = jdbi;
        this.em = em;
    }

    @GET
    public List<Map<String, Object>> byDepot(@QueryParam("depot") String depot) {
        return jdbi.withHandle(h -> h.createQuery("SELECT plate, model FROM vehicles WHERE depot = :depot")
                .bind("depot", depot).mapToMap().list());
    }

    @GET
    @Path("/retire")
    public int retire(@QueryParam("plate") String plate) {
        return jdbi.withHandle(h -> h.createUpdate( // retire by plate
                "UPDATE vehicles SET retired = true WHERE plate = :plate").bind("plate", plate).execute());
    }

    public List<Vehicle> byModel(String model) {
        return em.createQuery("select v from Vehicle v where v.model = :model", Vehicle.class)
                .setParameter("model", model).getResultList();
    }
}
