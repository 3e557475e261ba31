package com.acme.print.actions;

import com.opensymphony.xwork2.ActionSupport;
import java.util.List;

/** Struts 2 action listing the print jobs of a warehouse dock. */
public class PrintQueueAction extends ActionSupport {

    private final PrintJobService jobs = PrintJobService.instance();

    private String dock;
    private List<PrintJob> queue;
    private int pageCount;
    private int failedJobs;

    @Override
    public String execute() {
        String user = (String) getActionContextSession().get("user");
        queue = jobs.pending(dock, user);
        pageCount = 0;
        failedJobs = 0;
        for (PrintJob job : queue) {
            pageCount += job.getPages();
            if (job.isFailed()) {
                failedJobs++;
            }
        }
        queue.forEach((job) -> job.touch());
        return queue.isEmpty() ? NONE : SUCCESS;
    }

    private java.util.Map<String, Object> getActionContextSession() {
        return com.opensymphony.xwork2.ActionContext.getContext().getSession();
    }

    public void setDock(String dock) { this.dock = dock; }
    public List<PrintJob> getQueue() { return queue; }
    public int getPageCount() { return pageCount; }
    public int getFailedJobs() { return failedJobs; }
}
