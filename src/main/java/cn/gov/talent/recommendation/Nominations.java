package cn.gov.talent.recommendation;

import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.ApplicationStatusChanged;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.TransitionRefused;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.shared.Actor;

/**
 * 推荐: a recommending unit nominates within its quota, declines or returns to the employer.
 * Taking a place and the transition happen in one transaction; the place is taken by a
 * conditional update of the quota row, so concurrent nominations never exceed the quota.
 */
@Service
@Transactional(readOnly = true)
public class Nominations {

    private final QuotaRepository quotas;
    private final Applications applications;
    private final Organization organization;
    private final AuditTrail audit;

    Nominations(QuotaRepository quotas, Applications applications, Organization organization, AuditTrail audit) {
        this.quotas = quotas;
        this.applications = applications;
        this.organization = organization;
        this.audit = audit;
    }

    public Optional<Quota> quota(long batchId, long unitId) {
        return quotas.findByBatchIdAndUnitId(batchId, unitId);
    }

    public List<Quota> quotas(long batchId) {
        return quotas.findByBatchIdOrderByUnitId(batchId);
    }

    /** Sets a unit's quota for a batch; never below the places already used. */
    @Transactional
    public void setQuota(long batchId, long unitId, int places, Actor actor) {
        if (places < 0) {
            throw new NominationRefused("quota.negative");
        }
        Quota quota = quotas.findByBatchIdAndUnitId(batchId, unitId).orElse(null);
        if (quota == null) {
            quota = quotas.save(new Quota(batchId, unitId, places));
        } else if (quotas.resize(quota.getId(), places) == 0) {
            throw new NominationRefused("quota.belowUsed", quota.getUsed());
        }
        audit.record(new AuditEntry(actor, "QUOTA", quota.getId(),
                organization.unit(unitId).map(unit -> unit.name()).orElse(String.valueOf(unitId)), "SET_QUOTA",
                null, null, "batch=" + batchId + " places=" + places));
    }

    /** Nominates an endorsed application of the actor's subtree, taking one of the unit's places. */
    @Transactional
    public void nominate(long applicationId, Actor actor) {
        Application application = visible(applicationId, actor);
        if (application.getStatus() != ApplicationStatus.ENDORSED) {
            throw new TransitionRefused("workflow.refused.notAllowed", application.getStatus(), WorkflowEvent.NOMINATE);
        }
        Quota quota = quotas.findByBatchIdAndUnitId(application.getBatchId(), actor.unitId())
                .orElseThrow(() -> new NominationRefused("quota.none"));
        if (quotas.takePlace(application.getBatchId(), actor.unitId()) == 0) {
            throw new NominationRefused("quota.full", quota.getPlaces(), quota.getPlaces());
        }
        applications.fire(applicationId, WorkflowEvent.NOMINATE, actor, null,
                new TransitionFacts(false, false, true, false, false, false, false));
    }

    @Transactional
    public void decline(long applicationId, Actor actor, String reason) {
        applications.fire(visible(applicationId, actor).getId(), WorkflowEvent.DECLINE, actor, reason,
                TransitionFacts.NONE);
    }

    @Transactional
    public void returnToEmployer(long applicationId, Actor actor, String reason) {
        applications.fire(visible(applicationId, actor).getId(), WorkflowEvent.RETURN_TO_EMPLOYER, actor, reason,
                TransitionFacts.NONE);
    }

    /** A nominee who withdraws gives the place back to the recommending unit. */
    @EventListener
    @Transactional
    public void onStatusChanged(ApplicationStatusChanged change) {
        if (change.from() == ApplicationStatus.NOMINATED && change.to() == ApplicationStatus.WITHDRAWN) {
            organization.recommendingUnitOf(change.employerUnitId())
                    .ifPresent(unit -> quotas.releasePlace(change.batchId(), unit.id()));
        }
    }

    private Application visible(long applicationId, Actor actor) {
        return applications.findVisible(applicationId, actor.scope())
                .orElseThrow(() -> new TransitionRefused("application.missing"));
    }
}
