import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Optional;

// Azure Function: creates payment intents for the checkout page and verifies provider callbacks.
class CheckoutFunctions {
    private final PaymentsClient payments = new PaymentsClient("sk_live_51Hx9QeKc2VbT8mWn4RzPq0aLd"); // expect: hardcoded-secret
    private final WebhookVerifier verifier = new WebhookVerifier("whsec_Jd83kQz01mXbP5vT7nLw"); // expect: hardcoded-secret

    @FunctionName("createIntent")
    public HttpResponseMessage createIntent(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, authLevel = AuthorizationLevel.FUNCTION)
            HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
        CartTotal total = CartTotal.parse(request.getBody().orElse("{}"));
        String clientSecret = payments.createIntent(total.cents(), total.currency());
        context.getLogger().info("intent created for cart " + total.cartId());
        return request.createResponseBuilder(HttpStatus.OK).body(clientSecret).build();
    }

    @FunctionName("paymentCallback")
    public HttpResponseMessage callback(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, authLevel = AuthorizationLevel.ANONYMOUS)
            HttpRequestMessage<Optional<String>> request) {
        String signature = request.getHeaders().get("payment-signature");
        boolean valid = verifier.verify(request.getBody().orElse(""), signature);
        return request.createResponseBuilder(valid ? HttpStatus.OK : HttpStatus.UNAUTHORIZED).build();
    }
}
