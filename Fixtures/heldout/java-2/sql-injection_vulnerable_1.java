package com.acme.crm.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @PersistenceContext
    EntityManager em;

    @GET
    public List<Customer> byLastName(@QueryParam("lastName") String lastName) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.lastName = '" + lastName + "'", Customer.class) // expect: sql-injection
                .setMaxResults(100)
                .getResultList();
    }

    @GET
    @Path("/ranked")
    @SuppressWarnings("unchecked")
    public List<Object[]> ranked(@QueryParam("region") String region, @QueryParam("sort") String sort) {
        String sql = "SELECT c.id, c.name, SUM(o.total) FROM customer c JOIN orders o ON o.customer_id = c.id "
                + "WHERE c.region = '" + region + "' GROUP BY c.id, c.name ORDER BY " + sort;
        return em.createNativeQuery(sql).getResultList(); // expect: sql-injection
    }
}
