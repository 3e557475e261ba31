package com.acme.desktop.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.NoTypePermission;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Receives workspace snapshots pushed by the desktop client. */
@WebServlet("/sync/*")
public class SyncServlet extends HttpServlet {

    private final ObjectMapper json = new ObjectMapper();
    private final XStream xstream = new XStream();

    @Override
    public void init() {
        xstream.addPermission(NoTypePermission.NONE);
        xstream.allowTypes(new Class<?>[] {Workspace.class, Workspace.Tab.class});
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Workspace ws;
        if ("/xml".equals(req.getPathInfo())) {
            ws = (Workspace) xstream.fromXML(req.getInputStream());
        } else {
            ws = json.readValue(req.getInputStream(), Workspace.class);
        }
        WorkspaceStore.save(req.getRemoteUser(), ws);
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
