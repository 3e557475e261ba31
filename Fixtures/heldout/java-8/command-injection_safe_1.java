package io.jenkins.plugins.netcheck;

import hudson.Extension;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

@Extension
class ReachabilityDescriptor extends Descriptor<ReachabilityStep> {
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$");

    @POST
    public FormValidation doCheckAgentHost(@QueryParameter String agentHost) throws IOException, InterruptedException {
        if (agentHost == null || !HOST.matcher(agentHost).matches()) {
            return FormValidation.warning("Enter a host name or address");
        }
        Process probe = new ProcessBuilder(List.of("ping", "-c", "1", "-W", "2", agentHost))
                .redirectErrorStream(true)
                .start();
        return probe.waitFor() == 0
                ? FormValidation.ok("Reachable")
                : FormValidation.error("Unreachable");
    }
}
