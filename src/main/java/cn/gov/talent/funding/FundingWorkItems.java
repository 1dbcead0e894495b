package cn.gov.talent.funding;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/**
 * What funding puts on the office's home page, counted in one statement: tranches due and not released
 * (their condition may still be open), tranches released and waiting for payment, extension requests.
 */
@Component
class FundingWorkItems implements WorkItemProvider {

    private final Tranches tranches;

    FundingWorkItems(Tranches tranches) {
        this.tranches = tranches;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        List<WorkItem> work = new ArrayList<>();
        if (user.roles().contains(Role.OFFICE)) {
            long[] counts = tranches.officeWork();
            add(work, "work.funding.toRelease", counts[0], "/funding?status=SCHEDULED");
            add(work, "work.funding.toPay", counts[1], "/funding?status=RELEASED");
            add(work, "work.funding.extensions", counts[2], "/funding/extensions");
        }
        return work;
    }

    private static void add(List<WorkItem> work, String key, long count, String link) {
        if (count > 0) {
            work.add(new WorkItem(key, count, link));
        }
    }
}
