package cn.gov.talent.mobility;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/**
 * What mobility waits for, on each actor's home page: the current employer's transfers to consent to, the
 * receiving employer's to compile, the supervising unit's to review, the office's transfers and conversions
 * to decide. One statement per role.
 */
@Component
class MobilityWorkItems implements WorkItemProvider {

    private final Transfers transfers;

    MobilityWorkItems(Transfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        List<WorkItem> work = new ArrayList<>();
        if (user.roles().contains(Role.EMPLOYER)) {
            long[] employer = transfers.employerWork(user.unitId());
            add(work, "work.transfer.toConsent", employer[0], "/transfers?waiting=true&status=REQUESTED");
            add(work, "work.transfer.toCompile", employer[1], "/transfers?waiting=true&status=CONSENTED");
        }
        if (user.roles().contains(Role.RECOMMENDER)) {
            add(work, "work.transfer.toReview", transfers.countToReview(user.unitId()), "/transfers?waiting=true");
        }
        if (user.roles().contains(Role.OFFICE)) {
            long[] office = transfers.officeWork();
            add(work, "work.transfer.toApprove", office[0], "/transfers?waiting=true");
            add(work, "work.conversion.toDecide", office[1], "/conversions?status=REQUESTED");
        }
        return work;
    }

    private static void add(List<WorkItem> work, String key, long count, String link) {
        if (count > 0) {
            work.add(new WorkItem(key, count, link));
        }
    }
}
