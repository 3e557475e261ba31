package tools.web;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DiagnosticsHandler {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}");

    public void ping(HttpServletRequest request, HttpServletResponse response) throws IOException, InterruptedException {
        String host = request.getParameter("host");
        if (host == null || !HOST.matcher(host).matches()) {
            response.sendError(400);
            return;
        }
        Process process = new ProcessBuilder("ping", "-c", "3", "--", host).start();
        process.waitFor();
        response.getOutputStream().write(process.getInputStream().readAllBytes());
    }
}
