package cn.gov.talent.funding;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gov.talent.tracking.TalentCategoryChanged;
import cn.gov.talent.tracking.TalentStatusChanged;
import cn.gov.talent.tracking.TalentTransferred;

/**
 * What funding does when tracking changes a record, synchronously in tracking's transaction, so that the
 * change and its consequence for the money commit together or not at all: an exit (主动退出, 劝退, 取消资格)
 * cancels every tranche not yet paid; a conversion (002 art. 33) cancels the unpaid tranches of the former
 * category's funds and asks the office for the new category's amounts; an approved transfer moves the person's funds and unpaid tranches to
 * the new employer (002 art. 32).
 */
@Component
class FundingEvents {

    private final Tranches tranches;
    private final Grants grants;

    FundingEvents(Tranches tranches, Grants grants) {
        this.tranches = tranches;
        this.grants = grants;
    }

    @EventListener
    void on(TalentStatusChanged changed) {
        if (changed.exited()) {
            tranches.cancelOpen(changed.recordId(), changed.to(), Tranches.FUNDING);
        }
    }

    @EventListener
    void on(TalentCategoryChanged changed) {
        grants.converted(changed);
    }

    @EventListener
    void on(TalentTransferred moved) {
        tranches.follow(moved, grants.fundsOf(moved.recordId()));
    }
}
