package cn.gov.talent.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Tuple;

import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.BoundedPage;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * The application module's public face: creating applications, firing workflow events, and
 * reading them, always through the reader's data scope.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

    /** Applications loaded, and audit lines written, per statement by {@link #fireAll}; also its JDBC batch size. */
    private static final int CHUNK = 1000;

    /** A transition's reason: what the audit trail keeps of it (audit_record.reason). */
    static final int REASON_MAX = 2000;

    /** A unit's opinion, the reason of an endorsement or a nomination (application.employer_opinion...). */
    public static final int OPINION_MAX = 1000;

    private final ApplicationRepository applications;
    private final Programs programs;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Accounts accounts;
    private final Organization organization;
    private final ApplicationCounts counts;

    Applications(ApplicationRepository applications, Programs programs, AuditTrail audit,
            ApplicationEventPublisher events, EntityManager entityManager, Clock clock, Accounts accounts,
            Organization organization, ApplicationCounts counts) {
        this.counts = counts;
        this.accounts = accounts;
        this.organization = organization;
        this.applications = applications;
        this.programs = programs;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * What an applicant starts from the page: only for a batch open for applications, within its
     * window. (The demo loader, replaying history, uses {@link #createDraft} directly.) The employer
     * it names is the account's, as {@link Accounts#employerNameOf} gives it: the unit, or for someone
     * at a bureau's desk, their workplace and the bureau (004 §二(三)2).
     */
    @Transactional
    public Application openDraft(Actor applicant, String applicantName, long batchId, long categoryId) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(() -> new Refusal("application.batchMissing"));
        requireWindow(batch, batch.applicationCloses());
        return createDraft(applicant, applicantName, batchId, categoryId, accounts.employerNameOf(applicant.userId()));
    }

    /** Today, in China Standard Time, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refuses unless the batch is open and today is within its window, up to {@code lastDay}. */
    void requireWindow(BatchSummary batch, LocalDate lastDay) {
        if (!batch.openOn(today(), lastDay)) {
            throw new Refusal("application.windowClosed", batch.title(), batch.applicationOpens(),
                    batch.applicationCloses());
        }
    }

    /** Opens a draft for an applicant in their employer's unit. */
    @Transactional
    public Application createDraft(Actor applicant, String applicantName, long batchId, long categoryId,
            String employerName) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(() -> new Refusal("application.batchMissing"));
        // a category of another program would break every eligibility check of the application
        if (!programs.categoryNamesOf(batch.programId()).containsKey(categoryId)) {
            throw new Refusal("application.categoryMissing", batch.title());
        }
        if (applications.existsByApplicantIdAndBatchId(applicant.userId(), batchId)) {
            throw new Refusal("application.alreadyApplied", batch.title());
        }
        String serialNo = "%s-%d-%06d".formatted(batch.programCode(), batch.year(), applications.nextSerial());
        var application = new Application(serialNo, batchId, categoryId, applicant.userId(), applicantName,
                applicant.unitId(), employerName, applicant.unitPath(), clock.instant());
        application.recordProgram(batch.programId(), batch.year(),
                accounts.find(applicant.userId()).map(user -> user.getIdNumber()).orElse(null));
        applications.save(application);
        audit.record(new AuditEntry(applicant, "APPLICATION", application.getId(), serialNo, "CREATE", null,
                ApplicationStatus.DRAFT.name(), null));
        return application;
    }

    /**
     * Fires a workflow event: the state machine decides, the change is audited and announced in
     * the same transaction. Throws a {@link TransitionRefused} for anything the table does not allow,
     * a {@link Refusal} if the actor may not see the application.
     */
    @Transactional
    public Application fire(long applicationId, WorkflowEvent event, Actor actor, String reason,
            TransitionFacts facts) {
        Application application = applications.findById(applicationId).orElse(null);
        ApplicationStatusChanged change = change(application, event, actor, reason, facts, Instant.now(clock));
        audit.record(auditEntry(change, actor));
        events.publishEvent(change);
        return application;
    }

    /**
     * {@link #fire} for each of these applications, in order, in one transaction: the same scope
     * check, decision, audit line and event for each, and if any one is refused, nothing changes.
     * The applications are read 1,000 to a query, their audit lines written 1,000 to a statement
     * and their updates sent in JDBC batches, and they all change at the same instant: a round's
     * draw moves 20,000 applications into review at once.
     */
    @Transactional
    public List<Application> fireAll(Collection<Long> applicationIds, WorkflowEvent event, Actor actor,
            String reason, TransitionFacts facts) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(applicationIds);
        Instant now = Instant.now(clock);
        List<Application> fired = new ArrayList<>(ids.size());
        Session session = entityManager.unwrap(Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(CHUNK);
        try {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Map<Long, Application> loaded = new HashMap<>();
                // Without the flush before a query (which checks every entity of the session for changes,
                // 20 times over in a draw): an application already in the session comes back as it is there.
                entityManager.createQuery("select a from Application a where a.id in :ids", Application.class)
                        .setParameter("ids", chunk).setFlushMode(FlushModeType.COMMIT).getResultList()
                        .forEach(application -> loaded.put(application.getId(), application));
                List<AuditEntry> lines = new ArrayList<>(chunk.size());
                for (Long id : chunk) {
                    Application application = loaded.get(id);
                    ApplicationStatusChanged change = change(application, event, actor, reason, facts, now);
                    lines.add(auditEntry(change, actor));
                    events.publishEvent(change);
                    fired.add(application);
                }
                audit.recordAll(lines);
            }
            // the updates now, while the batch size holds
            entityManager.flush();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
        return fired;
    }

    /** Checks scope and the state machine, then moves the application; what changed, for the audit and the listeners. */
    private ApplicationStatusChanged change(Application application, WorkflowEvent event, Actor actor, String reason,
            TransitionFacts facts, Instant at) {
        if (application == null || !ApplicationScope.allows(actor.scope(), application)) {
            throw new Refusal("application.missing");
        }
        if (givesOpinion(event) && reason != null && reason.trim().length() > OPINION_MAX) {
            throw Refusal.onField("opinion", "opinion.tooLong", OPINION_MAX);
        }
        if (reason != null && reason.trim().length() > REASON_MAX) {
            throw new Refusal("form.text.tooLong", REASON_MAX);
        }
        ApplicationStatus from = application.getStatus();
        ApplicationWorkflow.Transition transition = ApplicationWorkflow.decide(from, event, actor, reason, facts);
        application.apply(transition, at);
        String trimmedReason = reason == null || reason.isBlank() ? null : reason.trim();
        // the unit's opinion goes with the application, for its pages and forms (the audit line keeps each one)
        if (event == WorkflowEvent.ENDORSE) {
            application.recordEmployerOpinion(trimmedReason, unitName(actor), actor.userId(), at);
        } else if (event == WorkflowEvent.NOMINATE && trimmedReason != null) {
            application.recordRecommenderOpinion(trimmedReason, unitName(actor), actor.userId(), at);
        }
        return new ApplicationStatusChanged(application.getId(), application.getSerialNo(),
                application.getBatchId(), application.getApplicantId(), application.getEmployerUnitId(), from,
                transition.to(), event, actor.userId(), actor.username(), trimmedReason);
    }

    private static AuditEntry auditEntry(ApplicationStatusChanged change, Actor actor) {
        AuditEntry entry = new AuditEntry(actor, "APPLICATION", change.applicationId(), change.serialNo(),
                change.event().name(), change.from().name(), change.to().name(), change.reason());
        // the reason of an endorsement or a nomination is the unit's opinion: the note says so, the text stays the reason
        return givesOpinion(change.event()) && change.reason() != null
                ? entry.withNote("audit.note.opinion." + change.event().name()) : entry;
    }

    /** The events whose reason is a unit's opinion: the employer's endorsement, the recommending unit's nomination. */
    private static boolean givesOpinion(WorkflowEvent event) {
        return event == WorkflowEvent.ENDORSE || event == WorkflowEvent.NOMINATE;
    }

    /** The acting unit's name, as the forms print it; none for the system (the demo loader, a test). */
    private String unitName(Actor actor) {
        return actor.isSystem() ? null : organization.unit(actor.unitId()).map(UnitNode::name).orElse(null);
    }

    /**
     * 修改推荐意见: the recommending unit revises its opinion of a nominee before its list is forwarded
     * (the recommendation module checks the list). Required, at most {@value #OPINION_MAX} characters,
     * audited with the new text.
     */
    @Transactional
    public void reviseRecommenderOpinion(long applicationId, Actor actor, String opinion) {
        Application application = applications.findById(applicationId)
                .filter(candidate -> ApplicationScope.allows(actor.scope(), candidate))
                .orElseThrow(() -> new Refusal("application.missing"));
        if (!actor.has(Role.RECOMMENDER) || application.getStatus() != ApplicationStatus.NOMINATED) {
            throw new Refusal("opinion.notNominated");
        }
        if (opinion == null || opinion.isBlank()) {
            throw Refusal.onField("opinion", "opinion.required");
        }
        if (opinion.trim().length() > OPINION_MAX) {
            throw Refusal.onField("opinion", "opinion.tooLong", OPINION_MAX);
        }
        application.recordRecommenderOpinion(opinion.trim(), unitName(actor), actor.userId(), Instant.now(clock));
        audit.record(new AuditEntry(actor, "APPLICATION", application.getId(), application.getSerialNo(),
                "REVISE_NOMINATION_OPINION", application.getStatus().name(), application.getStatus().name(), opinion.trim())
                .withNote("audit.note.opinion.NOMINATE"));
    }

    /** An audited decision about an application that does not change its status. */
    @Transactional
    void recordNote(Application application, Actor actor, String action, String reason) {
        audit.record(new AuditEntry(actor, "APPLICATION", application.getId(), application.getSerialNo(), action,
                application.getStatus().name(), application.getStatus().name(), reason));
    }

    public Page<Application> search(DataScope scope, ApplicationFilter filter, Pageable pageable) {
        // 300,000 applications: the page reads its rows by the index and counts at most 10,000 (issue 18)
        return BoundedPage.of(applications, entityManager, Application.class,
                ApplicationScope.within(scope).and(filter.toSpecification()), pageable);
    }

    /**
     * A batch's applications in these states, for stage-wide work of the office (the review
     * rounds, the proposed list). Not scoped: callers are office services.
     */
    public List<Application> inBatch(long batchId, Collection<ApplicationStatus> statuses) {
        return applications.findByBatchIdAndStatusInOrderByIdAsc(batchId, statuses);
    }

    /** The same, one page at a time (the public notice and the published list). */
    public Page<Application> inBatch(long batchId, Collection<ApplicationStatus> statuses,
            Pageable pageable) {
        return applications.findByBatchIdAndStatusIn(batchId, statuses, pageable);
    }

    /** The status of each of these applications (absent when there is no such application), 1,000 to a query. */
    public Map<Long, ApplicationStatus> statuses(Collection<Long> applicationIds) {
        List<Long> ids = List.copyOf(applicationIds);
        Map<Long, ApplicationStatus> statuses = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            // the first query flushes the transaction's changes; nothing changes before the next
            entityManager.createQuery("select a.id, a.status from Application a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setFlushMode(from == 0 ? FlushModeType.AUTO : FlushModeType.COMMIT).getResultList()
                    .forEach(row -> statuses.put((Long) row[0], (ApplicationStatus) row[1]));
        }
        return statuses;
    }

    /** One application without a scope check, for modules that decide access themselves (an expert's task). */
    public Optional<Application> find(long id) {
        return applications.findById(id);
    }

    /** Several applications by id, without a scope check, read in one query (lists of other modules). */
    public List<Application> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : applications.findAllById(ids);
    }

    /** The application if the reader's scope covers it; empty otherwise, so the page answers 404. */
    public Optional<Application> findVisible(long id, DataScope scope) {
        return applications.findById(id).filter(application -> ApplicationScope.allows(scope, application));
    }

    /**
     * How many applications in the reader's scope stand in each status, batch by batch and employer by employer
     * (unit path), for these batches: one grouped query whatever their number (the home page's dashboard, which
     * also learns from it which recommending units have candidates), on the counts the database keeps
     * ({@link ApplicationCounts}).
     */
    public List<BatchStatusCount> countByBatchStatusAndUnit(DataScope scope, Collection<Long> batchIds) {
        return batchIds.isEmpty() ? List.of() : counts.byBatchStatusAndUnit(scope, batchIds);
    }

    /**
     * How many applications of each of these batches stand in {@code status}, employer by employer: one grouped
     * query on the counts the database keeps ({@link ApplicationCounts}), not scoped (the reminders of the
     * employers' deadline, a system task).
     */
    public List<EmployerWaiting> waitingByEmployer(Collection<Long> batchIds, ApplicationStatus status) {
        return batchIds.isEmpty() ? List.of() : counts.waitingByEmployer(batchIds, status);
    }

    /**
     * How many applications in the reader's scope stand in each status: one grouped query, on the counts the
     * database keeps for the units ({@link ApplicationCounts}), on the applications for an applicant.
     */
    public Map<ApplicationStatus, Long> countByStatus(DataScope scope) {
        if (scope.kind() == DataScope.Kind.OWN || scope.kind() == DataScope.Kind.NONE) {
            // an applicant's own applications: a few rows by the applicant's index
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createTupleQuery();
            var root = query.from(Application.class);
            query.multiselect(root.get("status"), cb.count(root))
                    .where(ApplicationScope.within(scope).toPredicate(root, query, cb))
                    .groupBy(root.get("status"));
            Map<ApplicationStatus, Long> own = new EnumMap<>(ApplicationStatus.class);
            for (Tuple row : entityManager.createQuery(query).getResultList()) {
                own.put(row.get(0, ApplicationStatus.class), row.get(1, Long.class));
            }
            return own;
        }
        return counts.byStatus(scope);
    }
}
