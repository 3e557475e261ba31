package io.jenkins.plugins.webhooks;

import hudson.Extension;
import hudson.model.GlobalConfiguration;
import hudson.util.FormValidation;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

@Extension
class WebhookRelayConfiguration extends GlobalConfiguration {

    @POST
    public FormValidation doTestEndpoint(@QueryParameter String endpoint) {
        try {
            HttpURLConnection conn = (HttpURLConnection) new URL(endpoint).openConnection(); // expect: ssrf
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
