package com.example.reports;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Vert.x service that serves and prunes generated PDF reports. */
public class ReportFilesVerticle extends AbstractVerticle {
    private static final String REPORT_DIR = "/srv/reports/";

    @Override
    public void start() {
        Router router = Router.router(vertx);
        router.get("/reports/:tenant/:file").handler(this::serve);
        router.delete("/reports/:tenant/:file").handler(this::remove);
        vertx.createHttpServer().requestHandler(router).listen(8091);
    }

    private void serve(RoutingContext ctx) {
        String path = REPORT_DIR + ctx.pathParam("tenant") + "/" + ctx.pathParam("file");
        ctx.response().putHeader("Content-Type", "application/pdf").sendFile(path); // expect: path-traversal
    }

    private void remove(RoutingContext ctx) {
        String tenant = ctx.pathParam("tenant");
        String file = ctx.request().getParam("file");
        vertx.fileSystem().delete(REPORT_DIR + tenant + "/" + file) // expect: path-traversal
             .onSuccess(v -> ctx.response().setStatusCode(204).end())
             .onFailure(err -> ctx.response().setStatusCode(404).end());
    }
}
