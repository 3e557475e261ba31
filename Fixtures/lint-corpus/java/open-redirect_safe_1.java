package auth;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LoginSuccessHandler {
    public void onSuccess(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("returnTo");
        if (next == null || !next.startsWith("/") || next.startsWith("//")) {
            next = "/dashboard";
        }
        response.sendRedirect(response.encodeRedirectURL(next));
    }
}
