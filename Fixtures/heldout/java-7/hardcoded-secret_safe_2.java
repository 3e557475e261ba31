import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Optional;

// Azure Function: creates payment intents; the keys are Key Vault references in the app settings.
class CheckoutFunctions {
    private static final String API_KEY_SETTING = "PAYMENTS_API_KEY";
    private static final String WEBHOOK_SECRET_SETTING = "PAYMENTS_WEBHOOK_SECRET";

    private final PaymentsClient payments = new PaymentsClient(System.getenv(API_KEY_SETTING));
    private final WebhookVerifier verifier = new WebhookVerifier(System.getenv(WEBHOOK_SECRET_SETTING));

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
