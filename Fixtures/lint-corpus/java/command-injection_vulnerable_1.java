package tools.web;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DiagnosticsHandler {
    public void ping(HttpServletRequest request, HttpServletResponse response) throws IOException, InterruptedException {
        String host = request.getParameter("host");
        Process process = Runtime.getRuntime().exec("ping -c 3 " + host); // expect: command-injection
        process.waitFor();
        response.getOutputStream().write(process.getInputStream().readAllBytes());
    }
}
