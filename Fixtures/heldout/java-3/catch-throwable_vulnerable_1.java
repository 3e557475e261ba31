package io.batch.runner;

import java.util.List;
import java.util.logging.Logger;

public class NightlyJobRunner {

    private static final Logger LOG = Logger.getLogger("nightly");
    private final List<Job> jobs;

    public NightlyJobRunner(List<Job> jobs) {
        this.jobs = jobs;
    }

    public int runAll() {
        int failed = 0;
        for (Job job : jobs) {
            long started = System.currentTimeMillis();
            try {
                job.execute();
                LOG.info(job.name() + " done in " + (System.currentTimeMillis() - started) + " ms");
            } catch (Throwable t) { // expect: catch-throwable
                failed++;
                LOG.severe(job.name() + " failed: " + t);
            }
        }
        return failed;
    }
}
