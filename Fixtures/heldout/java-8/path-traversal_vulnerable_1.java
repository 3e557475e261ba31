package io.jenkins.plugins.reports;

import hudson.model.Action;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerResponse2;

class CoverageReportAction implements Action {
    private final File reportRoot;

    public CoverageReportAction(File reportRoot) {
        this.reportRoot = reportRoot;
    }

    public void doFile(@QueryParameter String name, StaplerResponse2 rsp) throws IOException {
        File page = new File(reportRoot, name);
        if (!page.isFile()) {
            rsp.sendError(404);
            return;
        }
        rsp.setContentType(name.endsWith(".css") ? "text/css" : "text/html");
        rsp.getOutputStream().write(Files.readAllBytes(page.toPath())); // expect: path-traversal
    }

    @Override
    public String getIconFileName() {
        return "symbol-document";
    }

    @Override
    public String getDisplayName() {
        return "Coverage";
    }

    @Override
    public String getUrlName() {
        return "coverage";
    }
}
