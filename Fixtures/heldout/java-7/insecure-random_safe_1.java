import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.security.SecureRandom;
import java.util.HexFormat;

// GraphQL Java resolver for Mutation.createApiKey(label:): returns the key once, stores its hash.
class CreateApiKeyFetcher implements DataFetcher<ApiKeyPayload> {
    private final SecureRandom random = new SecureRandom();
    private final ApiKeyRepository keys;

    CreateApiKeyFetcher(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public ApiKeyPayload get(DataFetchingEnvironment env) {
        AccountContext account = env.getGraphQlContext().get("account");
        String label = env.getArgument("label");
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = "ak_" + HexFormat.of().formatHex(secret);
        keys.store(account.id(), label, Hashes.sha256(key));
        return new ApiKeyPayload(label, key);
    }
}
