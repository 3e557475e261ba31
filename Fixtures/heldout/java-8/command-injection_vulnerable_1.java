package io.jenkins.plugins.netcheck;

import hudson.Extension;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

@Extension
class ReachabilityDescriptor extends Descriptor<ReachabilityStep> {

    @POST
    public FormValidation doCheckAgentHost(@QueryParameter String agentHost) throws IOException, InterruptedException {
        if (agentHost == null || agentHost.isBlank()) {
            return FormValidation.warning("Enter the agent host to probe");
        }
        Process probe = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "ping -c 1 -W 2 " + agentHost}); // expect: command-injection
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        return probe.waitFor() == 0
                ? FormValidation.ok("Reachable")
                : FormValidation.error("Unreachable:\n" + out);
    }
}
