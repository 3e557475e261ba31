package org.harbor.jobs;

import org.apache.pekko.actor.AbstractActor;

/** Runs report plugins on request; one failing plugin must not take the actor down. */
class ReportRunner extends AbstractActor {

    interface ReportPlugin {
        String render(String period);
    }

    record Run(ReportPlugin plugin, String period) {}

    record Done(String body) {}

    record Failed(String reason) {}

    @Override
    public Receive createReceive() {
        return receiveBuilder().match(Run.class, this::onRun).build();
    }

    private void onRun(Run run) {
        Object reply;
        try {
            reply = new Done(run.plugin().render(run.period()));
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException problem) {
            reply = new Failed(String.valueOf(problem.getMessage()));
        }
        getSender().tell(reply, getSelf());
    }
}
