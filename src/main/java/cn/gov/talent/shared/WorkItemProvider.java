package cn.gov.talent.shared;

import java.util.List;

/** Implemented by each module that has work waiting for someone; the home page asks them all. */
public interface WorkItemProvider {

    List<WorkItem> workFor(CurrentUser user);
}
