package com.example.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Mono;

/** AWS Lambda behind API Gateway: marks coupons as redeemed through R2DBC. */
class RedeemCouponHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final ConnectionFactory FACTORY = ConnectionFactories.get(System.getenv("R2DBC_URL"));

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String code = event.getPathParameters().get("code");
        String customer = event.getQueryStringParameters().get("customer");

        Long updated = Mono.usingWhen(Mono.from(FACTORY.create()),
                conn -> redeem(conn, code, customer),
                Connection::close).block();

        return new APIGatewayProxyResponseEvent()
                .withStatusCode(updated != null && updated > 0 ? 204 : 404);
    }

    private Mono<Long> redeem(Connection conn, String code, String customer) {
        String sql = "UPDATE coupons SET redeemed_by = $1, redeemed_at = now()"
                + " WHERE code = $2 AND redeemed_at IS NULL";
        return Mono.from(conn.createStatement(sql).bind("$1", customer).bind("$2", code).execute())
                .flatMap(result -> Mono.from(result.getRowsUpdated()));
    }
}
