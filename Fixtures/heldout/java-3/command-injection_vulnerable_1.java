package io.netdiag.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

@Path("/tools")
public class LookupResource {

    @GET
    @Path("/whois")
    @Produces(MediaType.TEXT_PLAIN)
    public String whois(@QueryParam("domain") String domain) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "whois " + domain + " | head -n 40"); // expect: command-injection
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @GET
    @Path("/trace")
    @Produces(MediaType.TEXT_PLAIN)
    public String trace(@QueryParam("host") String host, @QueryParam("hops") String hops) throws IOException {
        String cmd = "traceroute -m " + hops + " " + host;
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd}); // expect: command-injection
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
