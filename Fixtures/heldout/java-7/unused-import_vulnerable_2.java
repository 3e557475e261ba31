import static java.util.stream.Collectors.joining; // expect: unused-import
import static java.util.stream.Collectors.toList;

import java.time.Duration; // expect: unused-import
import java.time.LocalDate;
import java.util.List;
import org.jobrunr.jobs.annotations.Job;

// JobRunr job: builds the daily digest of unanswered support tickets.
class TicketDigestJob {
    private final TicketRepository tickets;
    private final DigestMailer mailer;

    TicketDigestJob(TicketRepository tickets, DigestMailer mailer) {
        this.tickets = tickets;
        this.mailer = mailer;
    }

    @Job(name = "Ticket digest for %0")
    public void build(LocalDate day) {
        List<String> lines = tickets.unansweredSince(day.minusDays(1)).stream()
                .map(ticket -> "#" + ticket.number() + " " + ticket.subject())
                .collect(toList());
        mailer.send("support-leads@example.com", "Unanswered tickets " + day, lines);
    }
}
