package com.acme.gateway.netty;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Netty handler logging each request's client address; closes idle keep-alive connections. */
public class AccessLogHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogHandler.class);

    private final AccessLog log;
    private long dropped;

    public AccessLogHandler(AccessLog log) {
        this.log = log;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest) {
            HttpRequest request = (HttpRequest) msg;
            InetSocketAddress remote = (InetSocketAddress) ctx.channel().remoteAddress();
            try {
                log.append(remote.getHostString(), request.method().name(), request.uri());
            } catch (IOException e) {
                dropped++;
                LOG.debug("access log line dropped ({} so far)", dropped, e);
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        try {
            log.flush();
        } catch (IOException e) {
            LOG.warn("access log flush failed", e);
        }
        ctx.fireChannelInactive();
    }

    public void closeQuietly(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(io.netty.buffer.Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }
}
