package com.example.helpdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/** Quarkus + Hibernate ORM: ticket queries for the help-desk REST API. */
@ApplicationScoped
public class TicketRepository {
    private static final Map<String, String> SORTS = Map.of(
            "count", "open_count DESC",
            "assignee", "assignee_id ASC");

    @Inject
    EntityManager em;

    public List<Ticket> byStatus(String status, String assignee) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ticket> q = cb.createQuery(Ticket.class);
        Root<Ticket> t = q.from(Ticket.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(t.get("status"), status));
        if (assignee != null && !assignee.isBlank()) {
            where.add(cb.equal(t.get("assignee").get("login"), assignee));
        }
        q.select(t).where(where.toArray(new Predicate[0]));
        return em.createQuery(q).setMaxResults(200).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> workload(String sortKey) {
        String orderBy = SORTS.getOrDefault(sortKey, "open_count DESC");
        return em.createNativeQuery(
                "SELECT assignee_id, count(*) AS open_count FROM ticket WHERE status = :status "
                        + "GROUP BY assignee_id ORDER BY " + orderBy)
                .setParameter("status", "OPEN")
                .getResultList();
    }

    public List<Ticket> mine(String login) {
        return em.createQuery("from Ticket t where t.assignee.login = :login", Ticket.class)
                .setParameter("login", login)
                .getResultList();
    }
}
