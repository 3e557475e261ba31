package com.example.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Fetches a remote image so the editor can show a preview without CORS trouble. */
public class ImageProxyServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String target = req.getParameter("url");
        if (!target.startsWith("http")) {
            resp.sendError(400);
            return;
        }
        URLConnection conn = new URL(target).openConnection(); // expect: ssrf
        conn.setConnectTimeout(3000);
        resp.setContentType(conn.getContentType());
        try (InputStream in = conn.getInputStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
