package board;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;

public class CardFilter {
    private static final String DONE = "done";

    public List<Card> visible(List<Card> cards, HttpServletRequest req) {
        String column = req.getParameter("column");
        String viewer = req.getRemoteUser();
        int limit = cards.size();
        return cards.stream()
                .filter(c -> column == null || column.equals(c.getColumn()))
                .filter(c -> !Objects.equals(c.getAssignee(), viewer) || c.isPublic())
                .limit(limit == 0 ? 1 : limit)
                .collect(Collectors.toList());
    }
}
