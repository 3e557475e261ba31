package com.acme.print.actions;

import com.opensymphony.xwork2.ActionSupport;
import java.util.List;

/** Struts 2 action listing the print jobs of a warehouse dock. */
public class PrintQueueAction extends ActionSupport {

    private final PrintJobService jobs = PrintJobService.instance();

    private String dock;
    private List<PrintJob> queue;
    private int pageCount;

    @Override
    public String execute() {
        String user = (String) getActionContextSession().get("user"); // expect: unused-variable
        queue = jobs.pending(dock);
        int failedJobs = 0; // expect: unused-variable
        pageCount = 0;
        for (PrintJob job : queue) {
            pageCount += job.getPages();
        }
        return queue.isEmpty() ? NONE : SUCCESS;
    }

    private java.util.Map<String, Object> getActionContextSession() {
        return com.opensymphony.xwork2.ActionContext.getContext().getSession();
    }

    public void setDock(String dock) { this.dock = dock; }
    public List<PrintJob> getQueue() { return queue; }
    public int getPageCount() { return pageCount; }
}
