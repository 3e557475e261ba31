package com.example.helpdesk;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Quarkus + Hibernate ORM: ticket queries for the help-desk REST API. */
@ApplicationScoped
public class TicketRepository {
    @Inject
    EntityManager em;

    public List<Ticket> byStatus(String status, String assignee) {
        String hql = "from Ticket t where t.status = '" + status + "'";
        if (assignee != null && !assignee.isBlank()) {
            hql += " and t.assignee.login = '" + assignee + "'";
        }
        return em.createQuery(hql, Ticket.class).setMaxResults(200).getResultList(); // expect: sql-injection
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> workload(String sortColumn) {
        return em.createNativeQuery( // expect: sql-injection
                "SELECT assignee_id, count(*) AS open_count FROM ticket WHERE status = 'OPEN' "
                        + "GROUP BY assignee_id ORDER BY " + sortColumn)
                .getResultList();
    }
}
