package io.jenkins.plugins.webhooks;

import hudson.Extension;
import hudson.model.GlobalConfiguration;
import hudson.util.FormValidation;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Set;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

@Extension
class WebhookRelayConfiguration extends GlobalConfiguration {
    private static final Set<String> RELAY_HOSTS = Set.of("hooks.slack.com", "outlook.office.com", "discord.com");

    @POST
    public FormValidation doTestEndpoint(@QueryParameter String endpoint) {
        URI uri = URI.create(endpoint);
        if (!"https".equals(uri.getScheme()) || !RELAY_HOSTS.contains(uri.getHost())) {
            return FormValidation.error("Only " + RELAY_HOSTS + " over https are supported");
        }
        try {
            HttpURLConnection conn = (HttpURLConnection) uri.toURL().openConnection();
            conn.setRequestMethod("GET");
            conn.setConnectTimeout(3000);
            conn.setReadTimeout(3000);
            int status = conn.getResponseCode();
            conn.disconnect();
            return status < 400
                    ? FormValidation.ok("Endpoint answered " + status)
                    : FormValidation.warning("Endpoint answered " + status);
        } catch (IOException e) {
            return FormValidation.error("Cannot reach endpoint: " + e.getMessage());
        }
    }
}
