package cn.gov.talent.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.Refusal;

/**
 * 批量审核通过: the employer endorses the applications it chose, each on its own (in its own
 * transaction), so one refused, or changed meanwhile by someone else, does not hold back the others.
 * One opinion (单位意见) goes with all of them; without one, or with one too long, none is endorsed.
 */
@Component
class BulkEndorsement {

    private final Applications applications;

    BulkEndorsement(Applications applications) {
        this.applications = applications;
    }

    /**
     * Endorses each application with the opinion; the serial numbers (or ids, if unseen) of those that
     * were not. Refuses them all, before any, without an opinion or with one too long.
     */
    List<String> endorse(List<Long> ids, String opinion, CurrentUser user) {
        if (opinion == null || opinion.isBlank()) {
            throw Refusal.onField("opinion", "opinion.required");
        }
        if (opinion.trim().length() > Applications.OPINION_MAX) {
            throw Refusal.onField("opinion", "opinion.tooLong", Applications.OPINION_MAX);
        }
        List<String> refused = new ArrayList<>();
        for (long id : ids) {
            try {
                applications.fire(id, WorkflowEvent.ENDORSE, Actor.of(user), opinion, TransitionFacts.NONE);
            } catch (Refusal | OptimisticLockingFailureException e) {
                refused.add(applications.findVisible(id, DataScope.of(user)).map(Application::getSerialNo)
                        .orElse(String.valueOf(id)));
            }
        }
        return refused;
    }
}
