package app.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

public class SessionRestorer {
    private final ObjectMapper mapper = new ObjectMapper();

    public SessionState restore(HttpServletRequest request) throws IOException {
        for (Cookie cookie : request.getCookies()) {
            if ("state".equals(cookie.getName())) {
                byte[] data = Base64.getDecoder().decode(cookie.getValue());
                return mapper.readValue(data, SessionState.class);
            }
        }
        return null;
    }

    public record SessionState(String user, long expires) {}
}
