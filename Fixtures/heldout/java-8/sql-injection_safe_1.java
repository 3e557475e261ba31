package com.example.libraryshell;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
class OverdueCommands {
    private static final String OVERDUE = "SELECT m.name, b.title, l.due_on FROM loans l "
            + "JOIN members m ON m.id = l.member_id JOIN books b ON b.id = l.book_id "
            + "WHERE l.returned_on IS NULL AND l.branch = :branch AND l.due_on < CURRENT_DATE - :days";
    private final SessionFactory sessions;

    OverdueCommands(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @ShellMethod(key = "overdue", value = "List overdue loans for a branch")
    String overdue(@ShellOption String branch, @ShellOption(defaultValue = "14") int days) {
        try (Session session = sessions.openSession()) {
            List<Object[]> rows = session.createNativeQuery(OVERDUE, Object[].class)
                    .setParameter("branch", branch)
                    .setParameter("days", days)
                    .getResultList();
            StringBuilder out = new StringBuilder();
            for (Object[] row : rows) {
                out.append(row[0]).append(" - ").append(row[1]).append(" (due ").append(row[2]).append(")\n");
            }
            return out.toString();
        }
    }
}
