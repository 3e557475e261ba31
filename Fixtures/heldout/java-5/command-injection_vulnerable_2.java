package com.acme.print.actions;

import com.opensymphony.xwork2.ActionSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.PumpStreamHandler;

/** Struts 2 action behind the "print label" button of the warehouse intranet. */
public class PrintLabelAction extends ActionSupport {

    private String printer;
    private String copies;
    private String labelFile;
    private String output;

    @Override
    public String execute() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DefaultExecutor executor = new DefaultExecutor();
        executor.setStreamHandler(new PumpStreamHandler(out));
        try {
            executor.execute(CommandLine.parse(buildCommand())); // expect: command-injection
            output = out.toString();
            return SUCCESS;
        } catch (IOException e) {
            addActionError("Printing failed: " + e.getMessage());
            return ERROR;
        }
    }

    public String preview() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "pdftotext " + labelFile + " -").start(); // expect: command-injection
        output = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 ? SUCCESS : ERROR;
    }

    private String buildCommand() {
        return "lp -d " + printer + " -n " + copies + " /srv/labels/" + labelFile;
    }

    public void setPrinter(String printer) { this.printer = printer; }
    public void setCopies(String copies) { this.copies = copies; }
    public void setLabelFile(String labelFile) { this.labelFile = labelFile; }
    public String getOutput() { return output; }
}
