package com.acme.edi;

import io.netty.buffer.ByteBufInputStream;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Netty handler receiving EDI acknowledgements as XML over HTTP from trading partners. */
public class AckHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final XPath xpath = XPathFactory.newInstance().newXPath();

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) throws Exception {
        String path = req.uri();
        String result;
        if (path.startsWith("/ack/peek")) {
            InputSource source = new InputSource(new ByteBufInputStream(req.content()));
            result = xpath.evaluate("/Ack/ControlNumber", source); // expect: xxe
        } else {
            DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            Document doc = builder.parse(new ByteBufInputStream(req.content())); // expect: xxe
            result = doc.getDocumentElement().getAttribute("status");
        }
        ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                ctx.alloc().buffer().writeBytes(result.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
}
