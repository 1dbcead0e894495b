package cn.gov.talent.review;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/** On the home page: an expert's reviews to do, a department's lists awaiting its opinion. */
@Component
class ReviewWorkItems implements WorkItemProvider {

    private final AssignmentRepository assignments;
    private final DepartmentOpinionRepository opinions;

    ReviewWorkItems(AssignmentRepository assignments, DepartmentOpinionRepository opinions) {
        this.assignments = assignments;
        this.opinions = opinions;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        List<WorkItem> work = new ArrayList<>();
        if (user.has(Role.EXPERT)) {
            long waiting = assignments.countWaitingFor(user.id());
            if (waiting > 0) {
                work.add(new WorkItem("work.reviewTasks", waiting, "/review/tasks"));
            }
        }
        if (user.has(Role.DEPARTMENT)) {
            long lists = opinions.countAwaitingOpinionOf(user.unitId());
            if (lists > 0) {
                work.add(new WorkItem("work.consultations", lists, "/review/consultation"));
            }
        }
        return work;
    }
}
