package com.acme.print.actions;

import com.opensymphony.xwork2.ActionSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.PumpStreamHandler;

/** Struts 2 action behind the "print label" button of the warehouse intranet. */
public class PrintLabelAction extends ActionSupport {

    private static final Set<String> PRINTERS = Set.of("dock-a", "dock-b", "returns");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]{1,64}\\.pdf");

    private String printer;
    private String copies;
    private String labelFile;
    private String output;

    @Override
    public String execute() {
        if (!PRINTERS.contains(printer) || !LABEL.matcher(labelFile).matches()) {
            addActionError("Unknown printer or label");
            return INPUT;
        }
        int count = Math.max(1, Math.min(20, Integer.parseInt(copies)));
        CommandLine cmd = new CommandLine("lp")
                .addArgument("-d").addArgument(printer, false)
                .addArgument("-n").addArgument(Integer.toString(count), false)
                .addArgument("/srv/labels/" + labelFile, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DefaultExecutor executor = new DefaultExecutor();
        executor.setStreamHandler(new PumpStreamHandler(out));
        try {
            executor.execute(cmd);
            output = out.toString();
            return SUCCESS;
        } catch (IOException e) {
            addActionError("Printing failed: " + e.getMessage());
            return ERROR;
        }
    }

    public String preview() throws IOException, InterruptedException {
        if (!LABEL.matcher(labelFile).matches()) {
            return INPUT;
        }
        Process p = new ProcessBuilder("pdftotext", "/srv/labels/" + labelFile, "-").start();
        output = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 ? SUCCESS : ERROR;
    }

    public void setPrinter(String printer) { this.printer = printer; }
    public void setCopies(String copies) { this.copies = copies; }
    public void setLabelFile(String labelFile) { this.labelFile = labelFile; }
    public String getOutput() { return output; }
}
