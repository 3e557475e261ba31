package com.acme.desktop.sync;

import com.thoughtworks.xstream.XStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.ObjectInputStream;

/** Receives workspace snapshots pushed by the desktop client. */
@WebServlet("/sync/*")
public class SyncServlet extends HttpServlet {

    private final XStream xstream = new XStream();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Workspace ws;
        if ("/xml".equals(req.getPathInfo())) {
            ws = (Workspace) xstream.fromXML(req.getInputStream()); // expect: unsafe-deserialization
        } else {
            try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
                ws = (Workspace) in.readObject(); // expect: unsafe-deserialization
            } catch (ClassNotFoundException e) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown snapshot format");
                return;
            }
        }
        WorkspaceStore.save(req.getRemoteUser(), ws);
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
