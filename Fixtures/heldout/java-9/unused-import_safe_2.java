package org.harbor.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.thrift.TException;

/** Thrift handler for the library kiosk: lists the titles a member has on loan. */
class LoanHandler implements LoanService.Iface {

    interface LoanStore {
        List<Map<String, String>> openLoans(String memberId);
    }

    private final LoanStore store;

    LoanHandler(LoanStore store) {
        this.store = store;
    }

    @Override
    public List<String> titlesOnLoan(String memberId) throws TException {
        List<String> titles = new ArrayList<>();
        for (Map<String, String> loan : store.openLoans(memberId)) {
            titles.add(loan.get("title") + " (due " + loan.get("due") + ")");
        }
        return titles;
    }
}
