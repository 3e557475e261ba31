package org.shop.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ErrorPageFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageFilter.class);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException {
        try {
            chain.doFilter(req, res);
        } catch (final Throwable e) { // expect: catch-throwable
            log.error("request failed", e);
            ((HttpServletResponse) res).sendError(500);
        }
    }

    public static void main(String[] args) {
        try {
            EmbeddedServer.start(8080, new ErrorPageFilter());
        } catch (Throwable startupFailure) { // expect: catch-throwable
            System.err.println("could not start: " + startupFailure.getMessage());
            System.exit(1);
        }
    }
}
