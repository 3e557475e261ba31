package com.acme.crm.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "c.name", "total", "3");

    @PersistenceContext
    EntityManager em;

    @GET
    public List<Customer> byLastName(@QueryParam("lastName") String lastName) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.lastName = :lastName", Customer.class)
                .setParameter("lastName", lastName)
                .setMaxResults(100)
                .getResultList();
    }

    @GET
    @Path("/ranked")
    @SuppressWarnings("unchecked")
    public List<Object[]> ranked(@QueryParam("region") String region, @QueryParam("sort") String sort) {
        String orderBy = SORT_COLUMNS.getOrDefault(sort, "c.name");
        String sql = "SELECT c.id, c.name, SUM(o.total) FROM customer c JOIN orders o ON o.customer_id = c.id "
                + "WHERE c.region = ?1 GROUP BY c.id, c.name ORDER BY " + orderBy;
        return em.createNativeQuery(sql).setParameter(1, region).getResultList();
    }
}
