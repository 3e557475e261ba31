package com.example.fleet;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.jdbi.v3.core.Jdbi;

/** JAX-RS resource over JDBI and a JPA repository for a vehicle fleet. */
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
        String sql = "SELECT plate, model FROM vehicles WHERE depot = '" + depot + "'";
        return jdbi.withHandle(h -> h.createQuery(sql).mapToMap().list()); // expect: sql-injection
    }

    @GET
    @Path("/retire")
    public int retire(@QueryParam("plate") String plate) {
        return jdbi.withHandle(h -> h.createUpdate( // expect: sql-injection
                "UPDATE vehicles SET retired = true WHERE plate = '" + plate + "'").execute());
    }

    public List<Vehicle> byModel(String model) {
        String jpql = "select v from Vehicle v where v.model = '" + model + "'";
        return em.createQuery(jpql, Vehicle.class).getResultList(); // expect: sql-injection
    }
}
