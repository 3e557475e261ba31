import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toList;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jobrunr.jobs.annotations.Job;

// JobRunr job: builds the daily digest of unanswered support tickets.
class TicketDigestJob {
    private static final Duration WINDOW = Duration.ofDays(1);
    private final TicketRepository tickets;
    private final DigestMailer mailer;

    TicketDigestJob(TicketRepository tickets, DigestMailer mailer) {
        this.tickets = tickets;
        this.mailer = mailer;
    }

    @Job(name = "Ticket digest for %0")
    public void build(LocalDate day) {
        List<String> lines = tickets.unansweredSince(day.minusDays(WINDOW.toDays())).stream()
                .map(ticket -> "#" + ticket.number() + " " + ticket.subject())
                .collect(toList());
        String preview = lines.stream().limit(3).collect(joining("; "));
        mailer.send("support-leads@example.com", "Unanswered tickets " + day + ": " + preview, lines);
    }
}
