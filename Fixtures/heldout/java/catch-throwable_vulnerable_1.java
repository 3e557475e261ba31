package com.example.jobs;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

public class ReportScheduler {

    private static final Logger LOG = Logger.getLogger(ReportScheduler.class.getName());

    public void runAll(List<ReportJob> jobs) {
        for (ReportJob job : jobs) {
            try {
                job.generate();
            } catch (Throwable t) { // expect: catch-throwable
                LOG.log(Level.SEVERE, "report " + job.name() + " failed", t);
            }
        }
    }

    interface ReportJob {
        String name();

        void generate() throws Exception;
    }
}
