package app.session;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import java.io.ByteArrayInputStream;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

public class SessionRestorer {
    public Object restore(HttpServletRequest request) throws IOException, ClassNotFoundException {
        for (Cookie cookie : request.getCookies()) {
            if ("state".equals(cookie.getName())) {
                byte[] data = Base64.getDecoder().decode(cookie.getValue());
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
                    return in.readObject(); // expect: unsafe-deserialization
                }
            }
        }
        return null;
    }
}
