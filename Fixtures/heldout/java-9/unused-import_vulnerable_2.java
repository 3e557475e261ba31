package org.harbor.plugin;

import java.io.IOException; // expect: unused-import
import java.util.ArrayList;
import java.util.List;
import java.util.Map; // expect: unused-import
import org.apache.thrift.TException;

/** Thrift handler for the library kiosk: lists the titles a member has on loan. */
class LoanHandler implements LoanService.Iface {

    interface LoanStore {
        List<String[]> openLoans(String memberId);
    }

    private final LoanStore store;

    LoanHandler(LoanStore store) {
        this.store = store;
    }

    @Override
    public List<String> titlesOnLoan(String memberId) throws TException {
        List<String> titles = new ArrayList<>();
        for (String[] loan : store.openLoans(memberId)) {
            titles.add(loan[1] + " (due " + loan[2] + ")");
        }
        return titles;
    }
}
