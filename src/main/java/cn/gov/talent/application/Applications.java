package cn.gov.talent.application;

import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    private final JdbcTemplate jdbc;

    Applications(ApplicationRepository applications, Programs programs, AuditTrail audit,
            ApplicationEventPublisher events, EntityManager entityManager, Clock clock, Accounts accounts,
            Organization organization, ApplicationCounts counts, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
     * {@link #fire} for each of these applications, in order, in one transaction: the same scope check, decision,
     * audit line and event for each, and if any one is refused, nothing changes. Set-based, for a round's draw,
     * which moves 20,000 applications into review at once: the applications' columns that the check reads come
     * in one query, the change is one UPDATE (with what {@link Application#apply} and an opinion would write),
     * the audit lines one INSERT, and they all change at the same instant. The UPDATE names each application's
     * version and status as read: if another transaction changed one meanwhile, nothing changes
     * ({@link ObjectOptimisticLockingFailureException}), as with {@code fire}. An application this transaction
     * holds as an entity is written first and read again after.
     *
     * @return what changed, one per application, in order
     */
    @Transactional
    public List<ApplicationStatusChanged> fireAll(Collection<Long> applicationIds, WorkflowEvent event, Actor actor,
            String reason, TransitionFacts facts) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(applicationIds);
        if (givesOpinion(event) && reason != null && reason.trim().length() > OPINION_MAX) {
            throw Refusal.onField("opinion", "opinion.tooLong", OPINION_MAX);
        }
        if (reason != null && reason.trim().length() > REASON_MAX) {
            throw new Refusal("form.text.tooLong", REASON_MAX);
        }
        String trimmedReason = reason == null || reason.isBlank() ? null : reason.trim();
        Instant now = Instant.now(clock);
        // changes this transaction holds in the session go first: a later flush must not write over the statement
        entityManager.flush();
        Map<Long, Current> read = current(ids);

        Map<ApplicationStatus, ApplicationWorkflow.Transition> decided = new EnumMap<>(ApplicationStatus.class);
        Map<Long, ApplicationStatus> moved = new HashMap<>();
        List<ApplicationStatusChanged> changes = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Current application = read.get(id);
            // an application twice: the second time it stands where the first left it, as with fire one by one
            ApplicationStatus from = application == null ? null : moved.getOrDefault(id, application.status());
            if (application == null || !ApplicationScope.allows(actor.scope(), application.applicantId(), from,
                    application.unitPath(), application.employerUnitId(), application.submittedAt(),
                    application.endorsedAt())) {
                throw new Refusal("application.missing");
            }
            ApplicationWorkflow.Transition transition = decided.get(from);
            if (transition == null) {
                transition = ApplicationWorkflow.decide(from, event, actor, reason, facts);
                decided.put(from, transition);
            }
            if (moved.put(id, transition.to()) != null) {
                // no row of the table leads on by the same event; should one ever, fire them one by one
                throw new IllegalArgumentException("application " + id + " twice in one bulk transition");
            }
            changes.add(new ApplicationStatusChanged(id, application.serialNo(), application.batchId(),
                    application.applicantId(), application.employerUnitId(), from, transition.to(), event,
                    actor.userId(), actor.username(), trimmedReason));
        }

        int updated = update(changes, read, decided, event, actor, trimmedReason, now);
        if (updated != changes.size()) {
            // one of them changed since it was read: the transaction rolls back, nothing has changed
            throw new ObjectOptimisticLockingFailureException(Application.class,
                    "%d of %d".formatted(changes.size() - updated, changes.size()));
        }
        refreshHeld(ids);
        audit.recordAll(changes.stream().map(change -> auditEntry(change, actor)).toList());
        changes.forEach(events::publishEvent);
        return changes;
    }

    /** What {@link #fireAll} reads of an application: the scope check's columns, the event's, and its version. */
    private record Current(long id, ApplicationStatus status, long version, String serialNo, long batchId,
            long applicantId, long employerUnitId, String unitPath, Instant submittedAt, Instant endorsedAt) {
    }

    private Map<Long, Current> current(List<Long> ids) {
        Map<Long, Current> read = new HashMap<>();
        jdbc.query(connection -> {
            var select = connection.prepareStatement("""
                    select id, status, version, serial_no, batch_id, applicant_id, employer_unit_id, unit_path,
                        submitted_at, endorsed_at
                    from application where id = any(?)
                    """);
            select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            return select;
        }, (ResultSet row) -> {
            read.put(row.getLong(1), new Current(row.getLong(1), ApplicationStatus.valueOf(row.getString(2)),
                    row.getLong(3), row.getString(4), row.getLong(5), row.getLong(6), row.getLong(7),
                    row.getString(8), instant(row.getObject(9, OffsetDateTime.class)),
                    instant(row.getObject(10, OffsetDateTime.class))));
        });
        return read;
    }

    /**
     * The bulk transition's one UPDATE: each application from the status and version read to its new status, with
     * the time stamps {@link Application#apply} sets and the opinion {@link #change} records, the version moved on.
     */
    private int update(List<ApplicationStatusChanged> changes, Map<Long, Current> read,
            Map<ApplicationStatus, ApplicationWorkflow.Transition> decided, WorkflowEvent event, Actor actor,
            String trimmedReason, Instant now) {
        int size = changes.size();
        Long[] ids = new Long[size];
        Long[] versions = new Long[size];
        String[] froms = new String[size];
        String[] tos = new String[size];
        Boolean[] submissions = new Boolean[size];
        Boolean[] endorsements = new Boolean[size];
        for (int i = 0; i < size; i++) {
            ApplicationStatusChanged change = changes.get(i);
            ApplicationWorkflow.Transition transition = decided.get(change.from());
            ids[i] = change.applicationId();
            versions[i] = read.get(change.applicationId()).version();
            froms[i] = change.from().name();
            tos[i] = change.to().name();
            submissions[i] = Application.stampsSubmission(transition);
            endorsements[i] = Application.stampsFirstEndorsement(transition);
        }
        boolean employerOpinion = event == WorkflowEvent.ENDORSE;
        boolean recommenderOpinion = event == WorkflowEvent.NOMINATE && trimmedReason != null;
        String opinion = employerOpinion ? """
                , employer_opinion = ?, employer_opinion_unit = ?, employer_opinion_by = ?, employer_opinion_at = ?
                """ : recommenderOpinion ? """
                , recommender_opinion = ?, recommender_opinion_unit = ?, recommender_opinion_by = ?,
                    recommender_opinion_at = ?
                """ : "";
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        String unit = employerOpinion || recommenderOpinion ? unitName(actor) : null;
        return jdbc.update(connection -> {
            var update = connection.prepareStatement("""
                    update application a
                    set status = u.to_status, status_changed_at = ?, version = a.version + 1,
                        submitted_at = case when u.stamps_submission then ? else a.submitted_at end,
                        endorsed_at = case when u.stamps_endorsement then coalesce(a.endorsed_at, ?)
                            else a.endorsed_at end
                    """ + opinion + """
                    from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::boolean[], ?::boolean[])
                        as u (id, version, from_status, to_status, stamps_submission, stamps_endorsement)
                    where a.id = u.id and a.version = u.version and a.status = u.from_status
                    """);
            int p = 1;
            update.setObject(p++, at);
            update.setObject(p++, at);
            update.setObject(p++, at);
            if (!opinion.isEmpty()) {
                update.setString(p++, trimmedReason);
                update.setString(p++, unit);
                update.setObject(p++, actor.userId(), Types.BIGINT);
                update.setObject(p++, at);
            }
            update.setArray(p++, connection.createArrayOf("bigint", ids));
            update.setArray(p++, connection.createArrayOf("bigint", versions));
            update.setArray(p++, connection.createArrayOf("text", froms));
            update.setArray(p++, connection.createArrayOf("text", tos));
            update.setArray(p++, connection.createArrayOf("boolean", submissions));
            update.setArray(p, connection.createArrayOf("boolean", endorsements));
            return update;
        });
    }

    /** Reads again the applications among these that the session holds, which the UPDATE has just changed. */
    private void refreshHeld(List<Long> ids) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Application.class);
        for (Long id : ids) {
            Object held = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id, persister));
            if (held != null) {
                entityManager.refresh(held);
            }
        }
    }

    /**
     * Before a statement of its own reads the table, the transaction's changes are written, as a query through the
     * session would (a read-only transaction has none to write).
     */
    private void flushBeforeReading() {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entityManager.flush();
        }
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
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

    /**
     * The outline of a batch's applications in these states, in id order: one query of six columns, for a list as
     * long as the batch (a review round takes 20,000 at once). Not scoped: callers are office services.
     */
    public List<ApplicationOutline> outlinesInBatch(long batchId, Collection<ApplicationStatus> statuses) {
        flushBeforeReading();
        return jdbc.query(connection -> {
            var select = connection.prepareStatement("""
                    select id, category_id, discipline_code, serial_no, applicant_name, employer_name
                    from application where batch_id = ? and status = any(?) order by id
                    """);
            select.setLong(1, batchId);
            select.setArray(2, connection.createArrayOf("text", statuses.stream().map(Enum::name).toArray()));
            return select;
        }, (row, n) -> new ApplicationOutline(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6)));
    }

    /** The same, one page at a time (the public notice and the published list). */
    public Page<Application> inBatch(long batchId, Collection<ApplicationStatus> statuses,
            Pageable pageable) {
        return applications.findByBatchIdAndStatusIn(batchId, statuses, pageable);
    }

    /**
     * The status of each of these applications (absent when there is no such application): one query, after the
     * transaction's changes are written (a round's draw asks for 20,000).
     */
    public Map<Long, ApplicationStatus> statuses(Collection<Long> applicationIds) {
        Map<Long, ApplicationStatus> statuses = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return statuses;
        }
        flushBeforeReading();
        jdbc.query(connection -> {
            var select = connection.prepareStatement("select id, status from application where id = any(?)");
            select.setArray(1, connection.createArrayOf("bigint", applicationIds.toArray()));
            return select;
        }, (ResultSet row) -> {
            statuses.put(row.getLong(1), ApplicationStatus.valueOf(row.getString(2)));
        });
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
