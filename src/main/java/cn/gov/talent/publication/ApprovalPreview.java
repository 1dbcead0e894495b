package cn.gov.talent.publication;

import java.util.List;

import cn.gov.talent.application.Application;

/** Before approving: whether the notice is over, who would be approved, who is held back, who already was. */
record ApprovalPreview(PublicNotice notice, boolean noticeOver, List<Application> approvable,
        List<Application> heldBack, List<Application> approved) {
}
