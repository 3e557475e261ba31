package board;

import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;

public class CardFilter {
    public List<Card> visible(List<Card> cards, HttpServletRequest req) {
        String column = req.getParameter("column");
        String viewer = req.getRemoteUser();
        return cards.stream()
                .filter(c -> column == null || c.getColumn() == column) // expect: string-reference-equality
                .filter(c -> c.getAssignee() != viewer || c.isPublic()) // expect: string-reference-equality
                .collect(Collectors.toList());
    }
}
