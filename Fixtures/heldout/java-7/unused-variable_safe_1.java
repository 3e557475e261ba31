import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;

// GraphQL Java resolver for Query.reviews(productId:, first:, after:).
class ReviewsFetcher implements DataFetcher<List<Review>> {
    private static final int MAX_PAGE = 50;
    private final ReviewRepository reviews;

    ReviewsFetcher(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<Review> get(DataFetchingEnvironment env) {
        String productId = env.getArgument("productId");
        int requested = env.getArgumentOrDefault("first", 20);
        int limit = Math.min(requested, MAX_PAGE);
        String cursor = env.getArgument("after");
        List<Review> page = reviews.latestFor(productId, cursor, limit);
        return page;
    }
}
