import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Random;

// GraphQL Java resolver for Mutation.createApiKey(label:): returns the key once, stores its hash.
class CreateApiKeyFetcher implements DataFetcher<ApiKeyPayload> {
    private final Random random = new Random();
    private final ApiKeyRepository keys;

    CreateApiKeyFetcher(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public ApiKeyPayload get(DataFetchingEnvironment env) {
        AccountContext account = env.getGraphQlContext().get("account");
        String label = env.getArgument("label");
        String key = "ak_" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()); // expect: insecure-random
        keys.store(account.id(), label, Hashes.sha256(key));
        return new ApiKeyPayload(label, key);
    }
}
