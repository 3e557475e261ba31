package com.example.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Image preview proxy restricted to the CDN hosts we publish to. */
public class ImageProxyServlet extends HttpServlet {

    private static final Set<String> ALLOWED_HOSTS = Set.of("images.example-cdn.com", "static.example.com");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        URI uri;
        try {
            uri = new URI(req.getParameter("url"));
        } catch (URISyntaxException | NullPointerException e) {
            resp.sendError(400);
            return;
        }
        if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost())) {
            resp.sendError(403);
            return;
        }
        InetAddress addr = InetAddress.getByName(uri.getHost());
        if (addr.isLoopbackAddress() || addr.isSiteLocalAddress() || addr.isLinkLocalAddress()) {
            resp.sendError(403);
            return;
        }
        HttpURLConnection conn = (HttpURLConnection) uri.toURL().openConnection();
        conn.setInstanceFollowRedirects(false);
        resp.setContentType(conn.getContentType());
        try (InputStream in = conn.getInputStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
